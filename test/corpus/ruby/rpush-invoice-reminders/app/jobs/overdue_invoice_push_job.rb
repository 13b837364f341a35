# Pushes a reminder to freelancers whose client invoices are 3, 7 or 14 days overdue.
class OverdueInvoicePushJob < ApplicationJob
  queue_as :notifications

  REMIND_AT_DAYS = [3, 7, 14].freeze

  def perform
    app = Rpush::Apnsp8::App.find_by!(name: "invoicely-ios")
    Invoice.unpaid.includes(:owner).find_each do |invoice|
      days = (Date.current - invoice.due_on).to_i
      next unless REMIND_AT_DAYS.include?(days)

      invoice.owner.devices.ios.each do |device|
        n = Rpush::Apnsp8::Notification.new
        n.app = app
        n.device_token = device.token
        n.alert = { title: "Invoice overdue", body: "#{invoice.number} for #{invoice.client_name} is #{days} days late." }
        n.data = { invoice_id: invoice.id }
        n.save!
      end
    end
  end
end

class WeeklyPicksJob
  include Sidekiq::Job

  def perform
    app = Rpush::Gcm::App.find_by_name("meetups-android")
    Member.with_push_token.find_each do |member|
      picks = NeighbourPicks.new(member).call
      next if picks.empty?

      n = Rpush::Gcm::Notification.new
      n.app = app
      n.registration_ids = [member.push_token]
      n.notification = { title: "This week near you", body: picks.map(&:title).join(", ") }
      n.data = { event_ids: picks.map(&:id) }
      n.save!
    end
  end
end

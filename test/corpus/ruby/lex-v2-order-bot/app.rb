require "sinatra"
require "json"
require "aws-sdk-lexruntimev2"

LEX = Aws::LexRuntimeV2::Client.new(region: ENV.fetch("AWS_REGION", "eu-west-1"))
BOT_ID = ENV.fetch("LEX_BOT_ID", "BOTID00000")
ALIAS_ID = ENV.fetch("LEX_ALIAS_ID", "TSTALIASID")

post "/sms/inbound" do
  from = params["From"]
  body = params["Body"].to_s.strip
  resp = LEX.recognize_text(
    bot_id: BOT_ID,
    bot_alias_id: ALIAS_ID,
    locale_id: "en_GB",
    session_id: from.gsub(/\D/, ""),
    text: body
  )
  state = resp.session_state
  intent = state.intent
  if intent&.state == "ReadyForFulfillment" && intent.name == "ReorderPrescription"
    rx = intent.slots["RxNumber"]&.value&.interpreted_value
    Pharmacy.queue_refill(phone: from, rx_number: rx)
  end
  reply = resp.messages.to_a.map(&:content).join(" ")
  content_type "application/xml"
  "<Response><Message>#{Rack::Utils.escape_html(reply)}</Message></Response>"
end

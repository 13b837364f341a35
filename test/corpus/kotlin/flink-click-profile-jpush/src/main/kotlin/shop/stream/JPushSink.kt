package shop.stream

import cn.jpush.api.JPushClient
import cn.jpush.api.push.model.Platform
import cn.jpush.api.push.model.PushPayload
import cn.jpush.api.push.model.audience.Audience
import cn.jpush.api.push.model.notification.Notification
import org.apache.flink.streaming.api.functions.sink.RichSinkFunction

class JPushSink : RichSinkFunction<Nudge>() {
    @Transient private var client: JPushClient? = null

    override fun open(parameters: org.apache.flink.configuration.Configuration) {
        client = JPushClient(System.getenv("JPUSH_MASTER_SECRET"), System.getenv("JPUSH_APP_KEY"))
    }

    override fun invoke(value: Nudge, context: Context) {
        val payload = PushPayload.newBuilder()
            .setPlatform(Platform.android_ios())
            .setAudience(Audience.alias(value.userId))
            .setNotification(Notification.alert("New in ${value.category} - picked from what you've been browsing"))
            .build()
        client?.sendPush(payload)
    }
}

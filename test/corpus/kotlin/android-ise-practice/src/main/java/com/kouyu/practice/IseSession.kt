package com.kouyu.practice

import android.util.Base64
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.Response
import okhttp3.WebSocket
import okhttp3.WebSocketListener
import org.json.JSONObject
import org.xmlpull.v1.XmlPullParser
import android.util.Xml
import java.io.StringReader

/** 口语练习：把录音流式送到讯飞 ISE 评测，返回总分与每个单词的得分。 */
class IseSession(
    private val signedUrl: String, // built server-side; the app never holds the API secret
    private val appId: String,
    private val onScore: (total: Float, words: Map<String, Float>) -> Unit,
) : WebSocketListener() {

    private val client = OkHttpClient()
    private var socket: WebSocket? = null

    fun begin(referenceText: String) {
        socket = client.newWebSocket(Request.Builder().url(signedUrl).build(), this)
        val first = JSONObject()
            .put("common", JSONObject().put("app_id", appId))
            .put("business", JSONObject()
                .put("sub", "ise").put("ent", "en_vip").put("category", "read_sentence")
                .put("cmd", "ssb").put("aue", "raw").put("auf", "audio/L16;rate=16000")
                .put("text", "\uFEFF" + referenceText))
            .put("data", JSONObject().put("status", 0))
        socket?.send(first.toString())
    }

    fun feed(pcm: ByteArray, last: Boolean) {
        val msg = JSONObject()
            .put("business", JSONObject().put("cmd", "auw").put("aus", if (last) 4 else 2))
            .put("data", JSONObject().put("status", if (last) 2 else 1)
                .put("data", Base64.encodeToString(pcm, Base64.NO_WRAP)))
        socket?.send(msg.toString())
    }

    override fun onMessage(webSocket: WebSocket, text: String) {
        val json = JSONObject(text)
        val data = json.getJSONObject("data")
        if (data.getInt("status") != 2) return
        val xml = String(Base64.decode(data.getString("data"), Base64.DEFAULT))
        onScore(totalScore(xml), wordScores(xml))
        webSocket.close(1000, null)
    }

    override fun onFailure(webSocket: WebSocket, t: Throwable, response: Response?) {
        onScore(-1f, emptyMap())
    }

    private fun totalScore(xml: String): Float =
        Regex("""total_score="([\d.]+)"""").find(xml)?.groupValues?.get(1)?.toFloat() ?: 0f

    private fun wordScores(xml: String): Map<String, Float> {
        val parser = Xml.newPullParser().apply { setInput(StringReader(xml)) }
        val out = linkedMapOf<String, Float>()
        while (parser.next() != XmlPullParser.END_DOCUMENT) {
            if (parser.eventType == XmlPullParser.START_TAG && parser.name == "word") {
                val content = parser.getAttributeValue(null, "content") ?: continue
                out[content] = parser.getAttributeValue(null, "total_score")?.toFloatOrNull() ?: 0f
            }
        }
        return out
    }
}

package reader

import com.google.cloud.texttospeech.v1.AudioConfig
import com.google.cloud.texttospeech.v1.AudioEncoding
import com.google.cloud.texttospeech.v1.SsmlVoiceGender
import com.google.cloud.texttospeech.v1.SynthesisInput
import com.google.cloud.texttospeech.v1.TextToSpeechClient
import com.google.cloud.texttospeech.v1.VoiceSelectionParams
import io.ktor.http.ContentType
import io.ktor.server.application.call
import io.ktor.server.request.receiveText
import io.ktor.server.response.respondBytes
import io.ktor.server.routing.Route
import io.ktor.server.routing.post

private val tts: TextToSpeechClient by lazy { TextToSpeechClient.create() }

fun synthesize(text: String, lang: String, rate: Double): ByteArray {
    val voice = VoiceSelectionParams.newBuilder()
        .setLanguageCode(lang)
        .setSsmlGender(SsmlVoiceGender.FEMALE)
        .build()
    val audio = AudioConfig.newBuilder()
        .setAudioEncoding(AudioEncoding.OGG_OPUS)
        .setSpeakingRate(rate)
        .build()
    val input = SynthesisInput.newBuilder().setText(text.take(4800)).build()
    return tts.synthesizeSpeech(input, voice, audio).audioContent.toByteArray()
}

fun Route.speakRoute() {
    post("/speak") {
        val lang = call.request.queryParameters["lang"] ?: "en-US"
        val rate = call.request.queryParameters["rate"]?.toDoubleOrNull() ?: 1.0
        call.respondBytes(synthesize(call.receiveText(), lang, rate), ContentType("audio", "ogg"))
    }
}

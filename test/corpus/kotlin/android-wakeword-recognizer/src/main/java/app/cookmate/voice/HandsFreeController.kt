package app.cookmate.voice

import ai.picovoice.porcupine.PorcupineException
import ai.picovoice.porcupine.PorcupineManager
import android.content.Context
import android.content.Intent
import android.os.Bundle
import android.speech.RecognitionListener
import android.speech.RecognizerIntent
import android.speech.SpeechRecognizer
import android.util.Log

/**
 * Hands-free cooking mode: "Hey Cookmate" wakes the recogniser, then "next step",
 * "previous step" or "start timer for N minutes" drive the recipe screen.
 */
class HandsFreeController(private val ctx: Context, private val steps: RecipeNavigator) {
    private var porcupine: PorcupineManager? = null
    private val recognizer = SpeechRecognizer.createSpeechRecognizer(ctx)

    fun start() {
        try {
            porcupine = PorcupineManager.Builder()
                .setAccessKey(BuildConfig.PICOVOICE_ACCESS_KEY)
                .setKeywordPath("hey-cookmate_en_android.ppn")
                .setSensitivity(0.65f)
                .build(ctx) { _ -> onWake() }
            porcupine?.start()
        } catch (e: PorcupineException) {
            Log.e("HandsFree", "wake word unavailable", e)
        }
    }

    private fun onWake() {
        porcupine?.stop()
        recognizer.setRecognitionListener(object : RecognitionListener {
            override fun onResults(results: Bundle) {
                val heard = results.getStringArrayList(SpeechRecognizer.RESULTS_RECOGNITION)?.firstOrNull().orEmpty()
                handle(heard.lowercase())
                porcupine?.start()
            }
            override fun onError(error: Int) { porcupine?.start() }
            override fun onReadyForSpeech(params: Bundle?) {}
            override fun onBeginningOfSpeech() {}
            override fun onRmsChanged(rmsdB: Float) {}
            override fun onBufferReceived(buffer: ByteArray?) {}
            override fun onEndOfSpeech() {}
            override fun onPartialResults(partialResults: Bundle?) {}
            override fun onEvent(eventType: Int, params: Bundle?) {}
        })
        recognizer.startListening(Intent(RecognizerIntent.ACTION_RECOGNIZE_SPEECH).apply {
            putExtra(RecognizerIntent.EXTRA_LANGUAGE_MODEL, RecognizerIntent.LANGUAGE_MODEL_FREE_FORM)
            putExtra(RecognizerIntent.EXTRA_MAX_RESULTS, 3)
        })
    }

    private fun handle(cmd: String) {
        val timer = Regex("""timer for (\d+) minutes?""").find(cmd)
        when {
            "next" in cmd -> steps.next()
            "previous" in cmd || "back" in cmd -> steps.previous()
            timer != null -> steps.startTimer(timer.groupValues[1].toInt())
            "repeat" in cmd -> steps.repeat()
        }
    }

    fun stop() {
        porcupine?.delete()
        recognizer.destroy()
    }
}

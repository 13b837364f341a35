package com.memos.recorder

import android.content.Context
import android.media.MediaRecorder
import java.io.File
import java.text.SimpleDateFormat
import java.util.Date
import java.util.Locale

/** Records voice memos to AAC files; the user plays them back later. No transcription. */
class MemoRecorder(private val context: Context) {
    private var recorder: MediaRecorder? = null
    var current: File? = null
        private set

    fun start(): File {
        val name = SimpleDateFormat("yyyyMMdd_HHmmss", Locale.US).format(Date())
        val file = File(context.filesDir, "memos/$name.m4a").apply { parentFile?.mkdirs() }
        recorder = MediaRecorder(context).apply {
            setAudioSource(MediaRecorder.AudioSource.MIC)
            setOutputFormat(MediaRecorder.OutputFormat.MPEG_4)
            setAudioEncoder(MediaRecorder.AudioEncoder.AAC)
            setAudioEncodingBitRate(96_000)
            setAudioSamplingRate(44_100)
            setOutputFile(file.absolutePath)
            prepare()
            start()
        }
        current = file
        return file
    }

    fun amplitude(): Int = recorder?.maxAmplitude ?: 0

    fun stop(): File? {
        recorder?.runCatching { stop() }
        recorder?.release()
        recorder = null
        return current
    }
}

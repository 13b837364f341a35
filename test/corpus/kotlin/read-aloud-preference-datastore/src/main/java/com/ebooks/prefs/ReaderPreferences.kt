package com.ebooks.prefs

import android.content.Context
import androidx.datastore.preferences.core.booleanPreferencesKey
import androidx.datastore.preferences.core.edit
import androidx.datastore.preferences.core.floatPreferencesKey
import androidx.datastore.preferences.core.stringPreferencesKey
import androidx.datastore.preferences.preferencesDataStore
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.map

private val Context.store by preferencesDataStore(name = "reader_prefs")

data class ReaderSettings(
    val readAloud: Boolean,
    val ttsVoice: String,
    val fontScale: Float,
    val theme: String,
)

class ReaderPreferences(private val context: Context) {
    private object Keys {
        val READ_ALOUD = booleanPreferencesKey("read_aloud_enabled")
        val TTS_VOICE = stringPreferencesKey("tts_voice")
        val FONT_SCALE = floatPreferencesKey("font_scale")
        val THEME = stringPreferencesKey("theme")
    }

    val settings: Flow<ReaderSettings> = context.store.data.map { p ->
        ReaderSettings(
            readAloud = p[Keys.READ_ALOUD] ?: false,
            ttsVoice = p[Keys.TTS_VOICE] ?: "system-default",
            fontScale = p[Keys.FONT_SCALE] ?: 1.0f,
            theme = p[Keys.THEME] ?: "sepia",
        )
    }

    suspend fun setReadAloud(enabled: Boolean) = context.store.edit { it[Keys.READ_ALOUD] = enabled }
    suspend fun setTtsVoice(voice: String) = context.store.edit { it[Keys.TTS_VOICE] = voice }
    suspend fun setFontScale(scale: Float) = context.store.edit { it[Keys.FONT_SCALE] = scale.coerceIn(0.8f, 2.0f) }
    suspend fun setTheme(theme: String) = context.store.edit { it[Keys.THEME] = theme }
}

package io.homeworkpal.checker

import android.graphics.Bitmap
import android.graphics.Rect
import com.google.mlkit.vision.common.InputImage
import com.google.mlkit.vision.text.TextRecognition
import com.google.mlkit.vision.text.latin.TextRecognizerOptions
import kotlinx.coroutines.tasks.await

data class Problem(val id: Int, val answerArea: Rect, val expected: String)
data class CheckedProblem(val id: Int, val written: String, val correct: Boolean)
data class WorksheetGrade(val problems: List<CheckedProblem>) {
    val score get() = problems.count { it.correct }
    val stars get() = when {
        score == problems.size -> 3
        score >= problems.size * 0.7 -> 2
        else -> 1
    }
}

/** Photographs of printed worksheets with children's handwritten answers -> graded worksheet. */
class WorksheetChecker {
    private val recognizer = TextRecognition.getClient(TextRecognizerOptions.DEFAULT_OPTIONS)

    suspend fun grade(photo: Bitmap, problems: List<Problem>): WorksheetGrade {
        val text = recognizer.process(InputImage.fromBitmap(photo, 0)).await()
        val checked = problems.map { p ->
            val written = text.textBlocks
                .flatMap { it.lines }
                .filter { line -> line.boundingBox?.let { Rect.intersects(it, p.answerArea) } == true }
                .joinToString(" ") { it.text }
                .trim()
            CheckedProblem(p.id, written, normalise(written) == normalise(p.expected))
        }
        return WorksheetGrade(checked)
    }

    private fun normalise(s: String) = s.lowercase()
        .replace('O', '0').replace('l', '1')
        .filter { it.isLetterOrDigit() || it == '.' || it == '/' }
}

package vocab

import java.time.LocalDate
import kotlin.math.max
import kotlin.math.roundToInt

data class Card(
    val front: String,
    val back: String,
    val easiness: Double = 2.5,
    val interval: Int = 0,
    val repetitions: Int = 0,
    val due: LocalDate = LocalDate.now(),
)

/**
 * SuperMemo-2 scheduling. `quality` (0-5) is the learner's own self-assessment of how well
 * they recalled the word — the app never judges pronunciation or answers itself.
 */
fun Card.review(quality: Int, today: LocalDate = LocalDate.now()): Card {
    require(quality in 0..5) { "quality must be 0..5, was $quality" }
    if (quality < 3) return copy(repetitions = 0, interval = 1, due = today.plusDays(1))
    val ef = max(1.3, easiness + 0.1 - (5 - quality) * (0.08 + (5 - quality) * 0.02))
    val next = when (repetitions) {
        0 -> 1
        1 -> 6
        else -> (interval * ef).roundToInt()
    }
    return copy(easiness = ef, interval = next, repetitions = repetitions + 1, due = today.plusDays(next.toLong()))
}

fun dueToday(deck: List<Card>, today: LocalDate = LocalDate.now()) = deck.filter { !it.due.isAfter(today) }

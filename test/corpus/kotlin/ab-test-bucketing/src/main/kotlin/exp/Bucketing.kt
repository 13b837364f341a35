package exp

import com.google.common.hash.Hashing
import java.nio.charset.StandardCharsets

data class Variant(val name: String, val weight: Int)
data class Experiment(val key: String, val variants: List<Variant>, val salt: String = key)

/**
 * Deterministic experiment assignment: murmur3(userId + salt) mod 10_000 -> variant by weight.
 * Assignment depends only on the id hash, never on behaviour, so groups stay comparable.
 */
object Bucketing {
    private val murmur = Hashing.murmur3_32_fixed()

    fun bucket(userId: String, salt: String): Int =
        Math.floorMod(murmur.hashString("$userId:$salt", StandardCharsets.UTF_8).asInt(), 10_000)

    fun assign(userId: String, exp: Experiment): Variant {
        val total = exp.variants.sumOf { it.weight }
        require(total > 0) { "experiment ${exp.key}: weights must sum to > 0" }
        val point = bucket(userId, exp.salt) * total / 10_000
        var acc = 0
        for (v in exp.variants) {
            acc += v.weight
            if (point < acc) return v
        }
        return exp.variants.last()
    }
}

fun main() {
    val exp = Experiment("homepage-hero-2024", listOf(Variant("control", 50), Variant("carousel", 50)))
    listOf("u1", "u2", "u3").forEach { println("$it -> ${Bucketing.assign(it, exp).name}") }
}

package ids

import java.security.SecureRandom
import java.util.UUID

/** ID helpers: invite codes people can type, opaque API keys, and time-ordered UUIDv7 ids. */
object Ids {
    private val rng = SecureRandom()
    private const val CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

    fun inviteCode(length: Int = 8): String =
        (1..length).map { CROCKFORD[rng.nextInt(CROCKFORD.length)] }.joinToString("")
            .chunked(4).joinToString("-")

    fun apiKey(prefix: String = "sk_live"): String {
        val bytes = ByteArray(24).also(rng::nextBytes)
        return prefix + "_" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes)
    }

    fun uuidV7(nowMillis: Long = System.currentTimeMillis()): UUID {
        val rand = ByteArray(10).also(rng::nextBytes)
        val msb = (nowMillis shl 16) or 0x7000L or ((rand[0].toLong() and 0x0FL) shl 8) or (rand[1].toLong() and 0xFFL)
        var lsb = 0L
        for (i in 2 until 10) lsb = (lsb shl 8) or (rand[i].toLong() and 0xFFL)
        lsb = (lsb and 0x3FFFFFFFFFFFFFFFL) or Long.MIN_VALUE
        return UUID(msb, lsb)
    }
}

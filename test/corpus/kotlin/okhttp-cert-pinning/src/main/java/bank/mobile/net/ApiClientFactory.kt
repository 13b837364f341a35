package bank.mobile.net

import okhttp3.CertificatePinner
import okhttp3.OkHttpClient
import okhttp3.logging.HttpLoggingInterceptor
import retrofit2.Retrofit
import retrofit2.converter.moshi.MoshiConverterFactory
import java.util.concurrent.TimeUnit

object ApiClientFactory {
    private const val HOST = "api.examplebank.test"

    // SPKI pins for the current and the backup intermediate (placeholders, rotated by the platform team).
    private val pinner = CertificatePinner.Builder()
        .add(HOST, "sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")
        .add(HOST, "sha256/BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB=")
        .build()

    fun create(debug: Boolean, tokenProvider: () -> String?): Retrofit {
        val client = OkHttpClient.Builder()
            .certificatePinner(pinner)
            .connectTimeout(10, TimeUnit.SECONDS)
            .readTimeout(20, TimeUnit.SECONDS)
            .addInterceptor { chain ->
                val req = chain.request().newBuilder()
                tokenProvider()?.let { req.header("Authorization", "Bearer $it") }
                chain.proceed(req.build())
            }
            .apply { if (debug) addInterceptor(HttpLoggingInterceptor().setLevel(HttpLoggingInterceptor.Level.BASIC)) }
            .build()
        return Retrofit.Builder()
            .baseUrl("https://$HOST/v1/")
            .client(client)
            .addConverterFactory(MoshiConverterFactory.create())
            .build()
    }
}

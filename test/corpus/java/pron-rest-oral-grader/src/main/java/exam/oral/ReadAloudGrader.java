package exam.oral;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

/**
 * Grades the read-aloud section of the oral exam through the Speech REST endpoint with the
 * Pronunciation-Assessment header, then converts to the exam's 0-10 scale.
 */
public class ReadAloudGrader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String region;
    private final String key;

    public ReadAloudGrader(String region, String key) {
        this.region = region;
        this.key = key;
    }

    public double grade(Path wav, String referenceText) throws IOException, InterruptedException {
        String params = JSON.writeValueAsString(JSON.createObjectNode()
                .put("ReferenceText", referenceText)
                .put("GradingSystem", "HundredMark")
                .put("Granularity", "Phoneme")
                .put("Dimension", "Comprehensive")
                .put("EnableMiscue", true));
        String header = Base64.getEncoder().encodeToString(params.getBytes(StandardCharsets.UTF_8));
        HttpRequest req = HttpRequest.newBuilder(URI.create("https://" + region
                        + ".stt.speech.microsoft.com/speech/recognition/conversation/cognitiveservices/v1?language=en-GB&format=detailed"))
                .header("Ocp-Apim-Subscription-Key", key)
                .header("Content-Type", "audio/wav; codecs=audio/pcm; samplerate=16000")
                .header("Pronunciation-Assessment", header)
                .POST(HttpRequest.BodyPublishers.ofFile(wav))
                .build();
        JsonNode best = JSON.readTree(http.send(req, HttpResponse.BodyHandlers.ofString()).body()).path("NBest").path(0);
        double accuracy = best.path("AccuracyScore").asDouble();
        double fluency = best.path("FluencyScore").asDouble();
        double completeness = best.path("CompletenessScore").asDouble();
        // exam board weighting: accuracy 50%, fluency 30%, completeness 20%
        double weighted = 0.5 * accuracy + 0.3 * fluency + 0.2 * completeness;
        return Math.round(weighted / 10.0 * 2) / 2.0;
    }
}

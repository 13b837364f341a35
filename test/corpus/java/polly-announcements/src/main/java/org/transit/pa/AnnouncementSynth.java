package org.transit.pa;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.polly.PollyClient;
import software.amazon.awssdk.services.polly.model.Engine;
import software.amazon.awssdk.services.polly.model.OutputFormat;
import software.amazon.awssdk.services.polly.model.SynthesizeSpeechRequest;
import software.amazon.awssdk.services.polly.model.TextType;
import software.amazon.awssdk.services.polly.model.VoiceId;

/** Produces platform announcements ("The 14:32 to Leeds is delayed by 10 minutes") for the PA system. */
public final class AnnouncementSynth implements AutoCloseable {
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");
    private final PollyClient polly = PollyClient.builder().region(Region.EU_WEST_2).build();
    private final Path cacheDir;

    public AnnouncementSynth(Path cacheDir) {
        this.cacheDir = cacheDir;
    }

    public Path delay(LocalTime departure, String destination, int minutes) throws IOException {
        String ssml = "<speak>The <say-as interpret-as=\"time\" format=\"hms24\">" + departure.format(HM)
                + "</say-as> service to " + destination + " is delayed by approximately "
                + minutes + " minutes.<break time=\"500ms\"/>We apologise for the inconvenience.</speak>";
        return render(ssml, "delay-" + departure.format(HM).replace(":", "") + "-" + minutes);
    }

    private Path render(String ssml, String key) throws IOException {
        Path out = cacheDir.resolve(key + ".pcm");
        if (Files.exists(out)) return out;
        SynthesizeSpeechRequest req = SynthesizeSpeechRequest.builder()
                .engine(Engine.NEURAL)
                .voiceId(VoiceId.AMY)
                .textType(TextType.SSML)
                .outputFormat(OutputFormat.PCM)
                .sampleRate("16000")
                .text(ssml)
                .build();
        try (InputStream audio = polly.synthesizeSpeech(req)) {
            Files.copy(audio, out, StandardCopyOption.REPLACE_EXISTING);
        }
        return out;
    }

    @Override
    public void close() {
        polly.close();
    }
}

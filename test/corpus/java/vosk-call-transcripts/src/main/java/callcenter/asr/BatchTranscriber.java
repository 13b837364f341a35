package callcenter.asr;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.json.JSONObject;
import org.vosk.LibVosk;
import org.vosk.LogLevel;
import org.vosk.Model;
import org.vosk.Recognizer;

public final class BatchTranscriber {
    public static void main(String[] args) throws Exception {
        LibVosk.setLogLevel(LogLevel.WARNINGS);
        Path modelDir = Path.of(System.getenv().getOrDefault("VOSK_MODEL", "/opt/vosk/model-en-us-0.22"));
        try (Model model = new Model(modelDir.toString());
             var calls = Files.newDirectoryStream(Path.of(args[0]), "*.wav")) {
            for (Path wav : calls) {
                Files.writeString(Path.of(wav.toString().replace(".wav", ".txt")), transcribe(model, wav));
            }
        }
    }

    static String transcribe(Model model, Path wav) throws IOException, UnsupportedAudioFileException {
        StringBuilder sb = new StringBuilder();
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(wav));
             AudioInputStream ais = AudioSystem.getAudioInputStream(raw);
             Recognizer rec = new Recognizer(model, ais.getFormat().getSampleRate())) {
            byte[] buf = new byte[4096];
            int n;
            while ((n = ais.read(buf)) >= 0) {
                if (rec.acceptWaveForm(buf, n)) {
                    sb.append(new JSONObject(rec.getResult()).getString("text")).append('\n');
                }
            }
            sb.append(new JSONObject(rec.getFinalResult()).getString("text"));
        }
        return sb.toString().trim();
    }
}

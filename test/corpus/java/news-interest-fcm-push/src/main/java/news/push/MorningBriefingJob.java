package news.push;

import com.google.firebase.messaging.FirebaseMessaging;
import com.google.firebase.messaging.FirebaseMessagingException;
import com.google.firebase.messaging.Message;
import com.google.firebase.messaging.Notification;
import java.util.Comparator;
import java.util.List;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class MorningBriefingJob {
    private final ReaderProfileRepository profiles;
    private final StoryRepository stories;

    public MorningBriefingJob(ReaderProfileRepository profiles, StoryRepository stories) {
        this.profiles = profiles;
        this.stories = stories;
    }

    @Scheduled(cron = "0 30 6 * * *", zone = "Europe/Berlin")
    public void sendBriefings() {
        List<Story> fresh = stories.publishedSinceHours(12);
        for (ReaderProfile reader : profiles.activeWithDeviceToken()) {
            Story best = fresh.stream()
                    .filter(s -> !reader.readStoryIds().contains(s.id()))
                    .max(Comparator.comparingDouble(s -> affinity(reader, s)))
                    .orElse(null);
            if (best == null || affinity(reader, best) < 0.15) continue;
            try {
                FirebaseMessaging.getInstance().send(Message.builder()
                        .setToken(reader.fcmToken())
                        .setNotification(Notification.builder()
                                .setTitle(best.section())
                                .setBody(best.headline())
                                .build())
                        .putData("storyId", best.id())
                        .build());
            } catch (FirebaseMessagingException e) {
                profiles.markTokenStale(reader.id());
            }
        }
    }

    /** Cosine between the reader's learned topic weights (updated from reading history) and story topics. */
    static double affinity(ReaderProfile r, Story s) {
        double dot = 0, nr = 0, ns = 0;
        for (var e : s.topicWeights().entrySet()) {
            double w = r.topicWeights().getOrDefault(e.getKey(), 0.0);
            dot += w * e.getValue();
            ns += e.getValue() * e.getValue();
        }
        for (double w : r.topicWeights().values()) nr += w * w;
        return nr == 0 || ns == 0 ? 0 : dot / Math.sqrt(nr * ns);
    }
}

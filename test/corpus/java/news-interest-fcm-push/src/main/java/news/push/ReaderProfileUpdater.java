package news.push;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Folds every article a reader finishes into their topic weights (exponential moving average). */
@Service
public class ReaderProfileUpdater {
    private static final double ALPHA = 0.2;
    private final ReaderProfileRepository profiles;

    public ReaderProfileUpdater(ReaderProfileRepository profiles) {
        this.profiles = profiles;
    }

    public void onArticleRead(String readerId, Story story, long dwellMillis) {
        ReaderProfile p = profiles.byId(readerId);
        double strength = Math.min(1.0, dwellMillis / 60_000.0);
        Map<String, Double> w = new HashMap<>(p.topicWeights());
        w.replaceAll((k, v) -> v * (1 - ALPHA));
        story.topicWeights().forEach((topic, tw) -> w.merge(topic, ALPHA * strength * tw, Double::sum));
        profiles.save(p.withTopicWeights(w).withRead(story.id()));
    }
}

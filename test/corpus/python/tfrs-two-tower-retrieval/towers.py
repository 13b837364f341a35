import tensorflow as tf
import tensorflow_recommenders as tfrs


class QueryTower(tf.keras.Model):
    def __init__(self, user_vocab):
        super().__init__()
        self.lookup = tf.keras.layers.StringLookup(vocabulary=user_vocab, mask_token=None)
        self.emb = tf.keras.layers.Embedding(len(user_vocab) + 1, 32)
        self.hist = tf.keras.layers.GlobalAveragePooling1D()

    def call(self, features):
        return self.emb(self.lookup(features["user_id"]))


class VideoTower(tf.keras.Model):
    def __init__(self, video_vocab, tag_vocab):
        super().__init__()
        self.vid = tf.keras.Sequential([
            tf.keras.layers.StringLookup(vocabulary=video_vocab, mask_token=None),
            tf.keras.layers.Embedding(len(video_vocab) + 1, 32),
        ])
        self.tags = tf.keras.layers.TextVectorization(max_tokens=20_000)
        self.tags.adapt(tag_vocab)
        self.tag_emb = tf.keras.layers.Embedding(20_000, 32, mask_zero=True)

    def call(self, video_id, tags):
        t = tf.reduce_mean(self.tag_emb(self.tags(tags)), axis=1)
        return self.vid(video_id) + t


class WatchModel(tfrs.Model):
    def __init__(self, user_vocab, video_vocab, tag_vocab, candidates):
        super().__init__()
        self.query_model = QueryTower(user_vocab)
        self.candidate_model = VideoTower(video_vocab, tag_vocab)
        self.task = tfrs.tasks.Retrieval(
            metrics=tfrs.metrics.FactorizedTopK(
                candidates=candidates.batch(256).map(lambda c: self.candidate_model(c["video_id"], c["tags"]))
            )
        )

    def compute_loss(self, features, training=False):
        q = self.query_model(features)
        c = self.candidate_model(features["video_id"], features["tags"])
        return self.task(q, c, compute_metrics=not training)


def build_index(model, candidates):
    index = tfrs.layers.factorized_top_k.BruteForce(model.query_model, k=50)
    index.index_from_dataset(
        candidates.batch(512).map(lambda c: (c["video_id"], model.candidate_model(c["video_id"], c["tags"])))
    )
    return index

import pandas as pd
from deepctr.feature_column import DenseFeat, SparseFeat, get_feature_names
from deepctr.models import DeepFM
from sklearn.preprocessing import LabelEncoder, MinMaxScaler

SPARSE = ["uid", "post_id", "author_id", "post_topic", "user_city", "hour"]
DENSE = ["user_7d_ctr", "post_age_h", "author_followers"]


def prepare(path):
    df = pd.read_parquet(path)
    for c in SPARSE:
        df[c] = LabelEncoder().fit_transform(df[c].astype(str))
    df[DENSE] = MinMaxScaler().fit_transform(df[DENSE].fillna(0))
    cols = [SparseFeat(c, vocabulary_size=df[c].max() + 1, embedding_dim=8) for c in SPARSE]
    cols += [DenseFeat(c, 1) for c in DENSE]
    return df, cols


def train(path="impressions.parquet"):
    df, cols = prepare(path)
    names = get_feature_names(cols)
    x = {n: df[n] for n in names}
    model = DeepFM(cols, cols, task="binary", dnn_hidden_units=(256, 128))
    model.compile("adam", "binary_crossentropy", metrics=["AUC"])
    model.fit(x, df["clicked"].values, batch_size=4096, epochs=3, validation_split=0.1)
    model.save_weights("deepfm_feed.h5")
    return model

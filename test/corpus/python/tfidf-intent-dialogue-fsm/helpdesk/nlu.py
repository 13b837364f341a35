from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline

TRAINING = [
    ("i forgot my password", "reset_password"),
    ("can't log in to my account", "reset_password"),
    ("locked out again", "reset_password"),
    ("my laptop won't turn on", "hardware_issue"),
    ("screen is flickering", "hardware_issue"),
    ("keyboard stopped working", "hardware_issue"),
    ("i need access to the finance share", "access_request"),
    ("please give me rights to jira project", "access_request"),
    ("yes", "affirm"), ("yep that's right", "affirm"),
    ("no", "deny"), ("nope", "deny"),
]


class IntentClassifier:
    def __init__(self, threshold=0.45):
        self.threshold = threshold
        self.pipe = make_pipeline(TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True),
                                  LogisticRegression(max_iter=500))
        texts, labels = zip(*TRAINING)
        self.pipe.fit(texts, labels)

    def predict(self, utterance: str):
        probs = self.pipe.predict_proba([utterance])[0]
        best = probs.argmax()
        if probs[best] < self.threshold:
            return "out_of_scope", float(probs[best])
        return self.pipe.classes_[best], float(probs[best])

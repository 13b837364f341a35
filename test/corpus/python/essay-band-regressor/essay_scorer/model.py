"""Automated essay scoring for the placement test writing task (bands 1-9)."""
import joblib
import numpy as np
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import cohen_kappa_score
from sklearn.model_selection import train_test_split

from .features import features


def train(essays, human_bands, path="aes_gbr.joblib"):
    X = np.array([features(e) for e in essays])
    y = np.array(human_bands, dtype=float)
    X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=0)
    model = GradientBoostingRegressor(n_estimators=300, max_depth=3, learning_rate=0.05).fit(X_tr, y_tr)
    qwk = cohen_kappa_score(np.rint(y_te), np.clip(np.rint(model.predict(X_te)), 1, 9), weights="quadratic")
    print(f"QWK vs human markers: {qwk:.3f}")
    joblib.dump(model, path)
    return model


def score(essay: str, model=None) -> int:
    model = model or joblib.load("aes_gbr.joblib")
    return int(np.clip(np.rint(model.predict([features(essay)])[0]), 1, 9))

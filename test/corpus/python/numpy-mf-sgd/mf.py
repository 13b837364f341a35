"""Plain-numpy matrix factorisation (Funk SVD) for the podcast app.

Kept dependency-free on purpose: the batch box has no compiler for implicit/lightfm.
"""
import numpy as np


class FunkSVD:
    def __init__(self, n_users, n_items, k=24, lr=0.01, reg=0.02, seed=7):
        rng = np.random.default_rng(seed)
        self.P = rng.normal(0, 0.1, (n_users, k))
        self.Q = rng.normal(0, 0.1, (n_items, k))
        self.bu = np.zeros(n_users)
        self.bi = np.zeros(n_items)
        self.mu = 0.0
        self.lr, self.reg = lr, reg

    def fit(self, triples, epochs=15):
        """triples: array of (user_idx, episode_idx, listen_ratio)."""
        self.mu = triples[:, 2].mean()
        for ep in range(epochs):
            np.random.shuffle(triples)
            se = 0.0
            for u, i, r in triples:
                u, i = int(u), int(i)
                pred = self.mu + self.bu[u] + self.bi[i] + self.P[u] @ self.Q[i]
                e = r - pred
                se += e * e
                self.bu[u] += self.lr * (e - self.reg * self.bu[u])
                self.bi[i] += self.lr * (e - self.reg * self.bi[i])
                pu = self.P[u].copy()
                self.P[u] += self.lr * (e * self.Q[i] - self.reg * self.P[u])
                self.Q[i] += self.lr * (e * pu - self.reg * self.Q[i])
            print(f"epoch {ep}: rmse={np.sqrt(se / len(triples)):.4f}")
        return self

    def top_n(self, u, n=10, exclude=()):
        scores = self.mu + self.bi + self.Q @ self.P[u]
        scores[list(exclude)] = -np.inf
        return np.argpartition(-scores, n)[:n]

from lightfm import LightFM
from lightfm.data import Dataset
from lightfm.evaluation import precision_at_k


def build_dataset(applications, job_tags, seeker_skills):
    ds = Dataset()
    ds.fit(
        users=(a["seeker"] for a in applications),
        items=(a["job"] for a in applications),
        item_features={t for tags in job_tags.values() for t in tags},
        user_features={s for skills in seeker_skills.values() for s in skills},
    )
    interactions, weights = ds.build_interactions(
        (a["seeker"], a["job"], 2.0 if a["status"] == "interview" else 1.0) for a in applications
    )
    item_feats = ds.build_item_features((j, tags) for j, tags in job_tags.items())
    user_feats = ds.build_user_features((u, s) for u, s in seeker_skills.items())
    return ds, interactions, weights, item_feats, user_feats


def train(applications, job_tags, seeker_skills, epochs=30):
    ds, inter, weights, ifeat, ufeat = build_dataset(applications, job_tags, seeker_skills)
    model = LightFM(no_components=48, loss="warp", learning_rate=0.03)
    model.fit(inter, sample_weight=weights, item_features=ifeat, user_features=ufeat,
              epochs=epochs, num_threads=4)
    p5 = precision_at_k(model, inter, item_features=ifeat, user_features=ufeat, k=5).mean()
    print(f"train precision@5={p5:.3f}")
    return model, ds, ifeat, ufeat


def rank_jobs_for(model, ds, seeker_id, candidate_jobs, ifeat, ufeat):
    uid_map, _, iid_map, _ = ds.mapping()
    uidx = uid_map[seeker_id]
    idx = [iid_map[j] for j in candidate_jobs]
    scores = model.predict(uidx, idx, item_features=ifeat, user_features=ufeat)
    return [j for _, j in sorted(zip(scores, candidate_jobs), reverse=True)]

import os

import torch
import torch.distributed as dist
from torchrec import EmbeddingBagCollection, KeyedJaggedTensor
from torchrec.distributed import DistributedModelParallel
from torchrec.models.dlrm import DLRM
from torchrec.modules.embedding_configs import EmbeddingBagConfig

SPARSE = ["user_id", "ad_id", "publisher_id", "last_clicked_category"]


def make_model(num_embeddings=2_000_000, dim=64, dense_in=13):
    tables = [
        EmbeddingBagConfig(name=f"t_{f}", embedding_dim=dim, num_embeddings=num_embeddings, feature_names=[f])
        for f in SPARSE
    ]
    ebc = EmbeddingBagCollection(tables=tables, device=torch.device("meta"))
    return DLRM(embedding_bag_collection=ebc, dense_in_features=dense_in,
                dense_arch_layer_sizes=[256, dim], over_arch_layer_sizes=[512, 256, 1])


def main():
    dist.init_process_group(backend="nccl")
    rank = int(os.environ["LOCAL_RANK"])
    device = torch.device(f"cuda:{rank}")
    model = DistributedModelParallel(make_model(), device=device)
    opt = torch.optim.Adagrad(model.parameters(), lr=0.02)
    loss_fn = torch.nn.BCEWithLogitsLoss()

    for step, batch in enumerate(impression_batches(device)):
        dense, sparse, clicked = batch
        logits = model(dense, sparse).squeeze(-1)
        loss = loss_fn(logits, clicked.float())
        opt.zero_grad()
        loss.backward()
        opt.step()
        if step % 1000 == 0 and rank == 0:
            print(f"step {step} logloss {loss.item():.4f}")


def impression_batches(device):
    """Reads (dense, sparse ids, clicked) tuples produced by the impression-log ETL."""
    from impressions import reader  # internal package
    for dense, ids, lengths, clicked in reader.stream(batch_size=8192):
        kjt = KeyedJaggedTensor.from_lengths_sync(keys=SPARSE, values=ids, lengths=lengths)
        yield dense.to(device), kjt.to(device), clicked.to(device)


if __name__ == "__main__":
    main()

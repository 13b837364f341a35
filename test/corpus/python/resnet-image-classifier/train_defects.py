"""Fine-tunes ResNet-50 to classify PCB photos as ok / solder_bridge / missing_part / scratch."""
import torch
from torch import nn
from torch.utils.data import DataLoader
from torchvision import datasets, models, transforms

tf_train = transforms.Compose([
    transforms.RandomResizedCrop(224, scale=(0.7, 1.0)),
    transforms.RandomHorizontalFlip(),
    transforms.ColorJitter(0.2, 0.2),
    transforms.ToTensor(),
    transforms.Normalize([0.485, 0.456, 0.406], [0.229, 0.224, 0.225]),
])
tf_eval = transforms.Compose([
    transforms.Resize(256), transforms.CenterCrop(224), transforms.ToTensor(),
    transforms.Normalize([0.485, 0.456, 0.406], [0.229, 0.224, 0.225]),
])


def main(data="data/pcb", epochs=10):
    train = datasets.ImageFolder(f"{data}/train", tf_train)
    val = datasets.ImageFolder(f"{data}/val", tf_eval)
    dl_train = DataLoader(train, batch_size=32, shuffle=True, num_workers=4)
    dl_val = DataLoader(val, batch_size=64, num_workers=4)

    model = models.resnet50(weights=models.ResNet50_Weights.IMAGENET1K_V2)
    model.fc = nn.Linear(model.fc.in_features, len(train.classes))
    device = "cuda" if torch.cuda.is_available() else "cpu"
    model.to(device)
    opt = torch.optim.AdamW(model.parameters(), lr=3e-4, weight_decay=1e-4)
    loss_fn = nn.CrossEntropyLoss()

    for epoch in range(epochs):
        model.train()
        for x, y in dl_train:
            opt.zero_grad()
            loss = loss_fn(model(x.to(device)), y.to(device))
            loss.backward()
            opt.step()
        model.eval()
        correct = total = 0
        with torch.no_grad():
            for x, y in dl_val:
                pred = model(x.to(device)).argmax(1).cpu()
                correct += (pred == y).sum().item()
                total += len(y)
        print(f"epoch {epoch}: val acc {correct / total:.3f}")
    torch.save(model.state_dict(), "pcb_resnet50.pt")


if __name__ == "__main__":
    main()

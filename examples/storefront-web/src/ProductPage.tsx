import React, { useEffect, useState } from 'react';

interface Product {
  id: string;
  name: string;
  priceCents: number;
}

// Editors hand-pick the "Recommended by our staff" shelf; it is the same for every visitor.
const STAFF_PICKS = ['sku-1001', 'sku-2040', 'sku-3300'];

export function ProductPage({ productId }: { productId: string }) {
  const [product, setProduct] = useState<Product | null>(null);

  useEffect(() => {
    fetch(`https://api.example.com/products/${productId}`)
      .then((response) => response.json())
      .then(setProduct);
  }, [productId]);

  if (!product) return <p>Loading…</p>;
  return (
    <main>
      <h1>{product.name}</h1>
      <p>{(product.priceCents / 100).toFixed(2)} EUR</p>
      <aside>
        <h2>Recommended by our staff</h2>
        <ul>{STAFF_PICKS.map((sku) => <li key={sku}>{sku}</li>)}</ul>
      </aside>
    </main>
  );
}

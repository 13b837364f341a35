export interface Invoice { id: string; customerId: string; amountCents: number; status: "open" | "paid" | "void" }

export class BillingClient {
  constructor(private readonly baseUrl = "https://billing.acme.example/v2", private readonly apiKey = process.env.BILLING_API_KEY ?? "") {}

  private async request<T>(path: string, init: RequestInit = {}, attempt = 1): Promise<T> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      ...init,
      headers: { Authorization: `Bearer ${this.apiKey}`, "Content-Type": "application/json", ...init.headers },
      signal: AbortSignal.timeout(10_000),
    });
    if (res.status === 429 && attempt < 4) {
      await new Promise((r) => setTimeout(r, 250 * 2 ** attempt));
      return this.request<T>(path, init, attempt + 1);
    }
    if (!res.ok) throw new Error(`billing ${init.method ?? "GET"} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }

  listOpenInvoices(customerId: string) {
    return this.request<Invoice[]>(`/customers/${encodeURIComponent(customerId)}/invoices?status=open`);
  }

  markPaid(invoiceId: string, paymentRef: string) {
    return this.request<Invoice>(`/invoices/${invoiceId}/pay`, { method: "POST", body: JSON.stringify({ paymentRef }) });
  }
}

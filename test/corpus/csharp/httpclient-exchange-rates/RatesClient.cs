using System.Net.Http.Json;

namespace Fx;

public record RateTable(string Base, DateOnly Date, Dictionary<string, decimal> Rates);

/// <summary>Typed HttpClient for the central-bank reference rates endpoint.</summary>
public sealed class RatesClient(HttpClient http)
{
    public const string BaseAddress = "https://rates.centralbank.example/api/";

    public async Task<RateTable> LatestAsync(string baseCurrency = "EUR", CancellationToken ct = default)
    {
        using var resp = await http.GetAsync($"latest?base={Uri.EscapeDataString(baseCurrency)}", ct);
        resp.EnsureSuccessStatusCode();
        return await resp.Content.ReadFromJsonAsync<RateTable>(cancellationToken: ct)
               ?? throw new InvalidOperationException("rates endpoint returned an empty body");
    }

    public async Task<decimal> ConvertAsync(decimal amount, string from, string to, CancellationToken ct = default)
    {
        var table = await LatestAsync(from, ct);
        return table.Rates.TryGetValue(to, out var rate)
            ? Math.Round(amount * rate, 2, MidpointRounding.ToEven)
            : throw new KeyNotFoundException($"no rate {from}->{to}");
    }
}

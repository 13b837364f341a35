import UIKit
import Vision

struct LineItem {
    let name: String
    let price: Decimal
}

/// Reads restaurant receipts so friends can split the bill item by item.
enum ReceiptReader {
    static func lineItems(from image: UIImage) async throws -> [LineItem] {
        guard let cg = image.cgImage else { return [] }
        let request = VNRecognizeTextRequest()
        request.recognitionLevel = .accurate
        request.usesLanguageCorrection = false
        try VNImageRequestHandler(cgImage: cg).perform([request])
        let lines = (request.results ?? []).compactMap { $0.topCandidates(1).first?.string }
        let priceAtEnd = try NSRegularExpression(pattern: #"^(.+?)\s+(\d+[.,]\d{2})$"#)
        return lines.compactMap { line in
            let range = NSRange(line.startIndex..., in: line)
            guard let m = priceAtEnd.firstMatch(in: line, range: range),
                  let nameR = Range(m.range(at: 1), in: line),
                  let priceR = Range(m.range(at: 2), in: line),
                  let price = Decimal(string: line[priceR].replacingOccurrences(of: ",", with: "."))
            else { return nil }
            let name = String(line[nameR])
            if name.lowercased().contains("total") { return nil }
            return LineItem(name: name, price: price)
        }
    }
}

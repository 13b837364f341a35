import AVFoundation
import MediaPlayer

/// Streams podcast episodes, remembers position, and wires up lock-screen controls.
final class EpisodePlayer: ObservableObject {
    @Published private(set) var isPlaying = false
    @Published var rate: Float = 1.0 { didSet { if isPlaying { player.rate = rate } } }
    private let player = AVPlayer()
    private var timeObserver: Any?

    func load(_ episode: Episode) {
        try? AVAudioSession.sharedInstance().setCategory(.playback, mode: .spokenAudio)
        player.replaceCurrentItem(with: AVPlayerItem(url: episode.audioURL))
        player.seek(to: CMTime(seconds: episode.resumeAt, preferredTimescale: 600))
        timeObserver = player.addPeriodicTimeObserver(forInterval: CMTime(seconds: 5, preferredTimescale: 1), queue: .main) { t in
            PlaybackPositions.save(episode.id, seconds: t.seconds)
        }
        MPNowPlayingInfoCenter.default().nowPlayingInfo = [
            MPMediaItemPropertyTitle: episode.title,
            MPMediaItemPropertyArtist: episode.showName,
        ]
        let cc = MPRemoteCommandCenter.shared()
        cc.playCommand.addTarget { [weak self] _ in self?.play(); return .success }
        cc.pauseCommand.addTarget { [weak self] _ in self?.pause(); return .success }
        cc.skipForwardCommand.preferredIntervals = [30]
        cc.skipForwardCommand.addTarget { [weak self] _ in self?.skip(30); return .success }
    }

    func play() { player.playImmediately(atRate: rate); isPlaying = true }
    func pause() { player.pause(); isPlaying = false }
    func skip(_ s: Double) { player.seek(to: player.currentTime() + CMTime(seconds: s, preferredTimescale: 600)) }
}

struct Episode: Identifiable {
    let id: String
    let title: String
    let showName: String
    let audioURL: URL
    let resumeAt: Double
}

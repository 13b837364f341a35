# Native-speaker recordings contributed by volunteers, moderated before publication.
class PronunciationClip < ApplicationRecord
  belongs_to :word
  belongs_to :contributor, class_name: "User"
  has_one_attached :audio

  enum :status, { pending: 0, approved: 1, rejected: 2 }
  enum :accent, { us: 0, uk: 1, au: 2, ie: 3, in: 4 }

  validates :audio, presence: true
  validate :audio_is_short_enough

  scope :published, -> { approved.order(upvotes: :desc) }

  def approve!(moderator)
    update!(status: :approved, moderated_by: moderator.id, moderated_at: Time.current)
  end

  def reject!(moderator, reason)
    update!(status: :rejected, moderated_by: moderator.id, rejection_reason: reason)
  end

  private

  def audio_is_short_enough
    return unless audio.attached?

    seconds = audio.blob.metadata["duration"].to_f
    errors.add(:audio, "must be under 5 seconds (was #{seconds.round(1)}s)") if seconds > 5
  end
end

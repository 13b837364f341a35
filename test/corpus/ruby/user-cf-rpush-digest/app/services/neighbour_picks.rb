# Finds events a member might attend, based on members with similar RSVP histories.
class NeighbourPicks
  NEIGHBOURS = 25

  def initialize(member)
    @member = member
    @mine = rsvp_set(member.id)
  end

  def call(limit: 3)
    return [] if @mine.size < 2

    votes = Hash.new(0.0)
    similar_members.each do |other_id, sim|
      (rsvp_set(other_id) - @mine).each { |event_id| votes[event_id] += sim }
    end
    upcoming = Event.upcoming.where(id: votes.keys).index_by(&:id)
    votes.select { |id, _| upcoming.key?(id) }
         .sort_by { |_, v| -v }
         .first(limit)
         .map { |id, _| upcoming[id] }
  end

  private

  def similar_members
    candidates = Rsvp.where(event_id: @mine.to_a).where.not(member_id: @member.id).distinct.pluck(:member_id)
    candidates.map { |id| [id, jaccard(@mine, rsvp_set(id))] }
              .sort_by { |_, s| -s }
              .first(NEIGHBOURS)
  end

  def jaccard(a, b)
    union = (a | b).size
    union.zero? ? 0.0 : (a & b).size.to_f / union
  end

  def rsvp_set(member_id)
    @cache ||= {}
    @cache[member_id] ||= Set.new(Rsvp.where(member_id: member_id).pluck(:event_id))
  end
end

package de.wesermarsch.wegweiser.content;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that every id an entry refers to exists and fits: its sources, topics, fields of action, places and
 * audiences, the entry {@code responsible} for it (an offer or guide page with contact data), the parent of a
 * guide page (another guide page, never a cycle), and the site's contact of last resort.
 */
final class References {

	private final Problems problems;

	private final Map<String, Source> sources;

	private final Map<String, Term> topics;

	private final Map<String, Term> places;

	private final Map<String, Term> audiences;

	private final Map<String, Entry> entries;

	private final boolean strict;

	References(Problems problems, Map<String, Source> sources, Map<String, Term> topics, Map<String, Term> places,
			Map<String, Term> audiences, Map<String, Entry> entries, boolean strict) {
		this.problems = problems;
		this.sources = sources;
		this.topics = topics;
		this.places = places;
		this.audiences = audiences;
		this.entries = entries;
		this.strict = strict;
	}

	static String file(Entry entry) {
		return "content/" + entry.type().folder() + "/" + entry.id() + ".yaml";
	}

	void check(Entry entry) {
		String file = file(entry);
		for (SourceRef source : entry.sources()) {
			if (!sources.containsKey(source.document())) {
				problems.add(file, entry.id(), "source.document",
						"unknown source '" + source.document() + "' (see content/sources.yaml)");
			}
		}
		known(file, entry.id(), "topics", entry.topics(), topics, "content/topics.yaml");
		known(file, entry.id(), "places", entry.places(), places, "content/places.yaml");
		known(file, entry.id(), "audiences", entry.audiences(), audiences, "content/audiences.yaml");
		if (strict && entry.topics().isEmpty() && entry.type() != EntryType.PAGE && entry.type() != EntryType.GUIDE) {
			problems.add(file, entry.id(), "topics", "needs at least one topic");
		}
		if (entry.details() instanceof Entry.Measure measure) {
			for (String field : measure.fields()) {
				Term topic = topics.get(field);
				if (topic == null || !"field-of-action".equals(topic.kind())) {
					problems.add(file, entry.id(), "fields", "'" + field + "' is not a field of action in content/topics.yaml");
				}
			}
		}
		if (entry.responsible() != null) {
			contactEntry(entry.responsible()).ifPresent(p -> problems.add(file, entry.id(), "responsible", p));
		}
		if (entry.details() instanceof Entry.Guide guide && guide.parent() != null) {
			parent(file, entry, guide.parent());
		}
	}

	/** The contact of last resort must exist and have a way to reach someone. */
	void checkAskEntry(Site site, boolean configured) {
		if (site.askEntry() == null) {
			return;
		}
		String file = configured ? "configuration" : SiteReader.FILE;
		contactEntry(site.askEntry()).ifPresent(p -> problems.add(file, null, configured ? "wegweiser.ask-entry" : "ask-entry",
				"the contact of last resort: " + p + "; the pages need someone to ask when nothing fits"));
	}

	/** Why the id cannot be someone to contact, if it cannot. */
	private java.util.Optional<String> contactEntry(String id) {
		Entry target = entries.get(id);
		if (target == null) {
			return java.util.Optional.of("'" + id + "' is not an entry");
		}
		if (target.contact().filter(Contact::reachable).isEmpty()) {
			return java.util.Optional.of("'" + id + "' has no contact data (phone, e-mail or address)");
		}
		return java.util.Optional.empty();
	}

	private void parent(String file, Entry entry, String parent) {
		Set<String> seen = new HashSet<>(List.of(entry.id()));
		for (String id = parent; id != null; ) {
			Entry next = entries.get(id);
			if (next == null || !(next.details() instanceof Entry.Guide guide)) {
				problems.add(file, entry.id(), "parent", "'" + id + "' is not a guide page");
				return;
			}
			if (!seen.add(id)) {
				problems.add(file, entry.id(), "parent", "'" + parent + "' leads into a cycle of parents");
				return;
			}
			id = guide.parent();
		}
	}

	private void known(String file, String entry, String field, List<String> ids, Map<String, Term> terms,
			String where) {
		for (String id : ids) {
			if (!terms.containsKey(id)) {
				problems.add(file, entry, field, "unknown id '" + id + "' (see " + where + ")");
			}
		}
	}

}

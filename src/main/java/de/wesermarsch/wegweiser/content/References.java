package de.wesermarsch.wegweiser.content;

import java.util.List;
import java.util.Map;

/** Checks that every id an entry refers to (source, topic, field of action, place, audience) exists. */
final class References {

	private final Problems problems;

	private final Map<String, Source> sources;

	private final Map<String, Term> topics;

	private final Map<String, Term> places;

	private final Map<String, Term> audiences;

	References(Problems problems, Map<String, Source> sources, Map<String, Term> topics, Map<String, Term> places,
			Map<String, Term> audiences) {
		this.problems = problems;
		this.sources = sources;
		this.topics = topics;
		this.places = places;
		this.audiences = audiences;
	}

	void check(Entry entry) {
		String file = "content/" + entry.type().folder() + "/" + entry.id() + ".yaml";
		if (!sources.containsKey(entry.source().document())) {
			problems.add(file, entry.id(), "source.document",
					"unknown source '" + entry.source().document() + "' (see content/sources.yaml)");
		}
		known(file, entry.id(), "topics", entry.topics(), topics, "content/topics.yaml");
		known(file, entry.id(), "places", entry.places(), places, "content/places.yaml");
		known(file, entry.id(), "audiences", entry.audiences(), audiences, "content/audiences.yaml");
		if (entry.topics().isEmpty() && entry.type() != EntryType.PAGE) {
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

package de.wesermarsch.wegweiser.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.content.Deadline;
import de.wesermarsch.wegweiser.content.Entry;
import de.wesermarsch.wegweiser.content.Shown;

/** The facts of an entry's kind as label/value pairs: organisation, members, rhythm, deadline, field of action. */
record EntryFacts(Content content, PageLocale locale) {

	/** A deadline "by 2025" has passed once 2025 is over where the county is. */
	private static final java.time.ZoneId BERLIN = java.time.ZoneId.of("Europe/Berlin");

	List<Map<String, String>> of(Entry entry, Shown shown) {
		Map<String, String> t = content.messages().all(locale.lang());
		List<Map<String, String>> facts = new ArrayList<>();
		switch (entry.details()) {
			case Entry.Offer offer -> add(facts, t.get("entry.organisation"), offer.organisation());
			case Entry.Network network -> {
				add(facts, t.get("entry.convenor"), network.convenor());
				add(facts, t.get("entry.members"), network.members().isEmpty() ? null : String.join(", ", network.members()));
				add(facts, t.get("entry.rhythm"), shown.rhythm());
			}
			case Entry.Measure measure -> {
				add(facts, t.get("entry.fields"), String.join(", ", measure.fields().stream()
					.map(f -> content.topics().get(f).name(locale.lang(), locale.easy())).toList()));
				add(facts, t.get("entry.subGoal"), shown.subGoal());
				add(facts, t.get("entry.deadline"), deadline(measure.deadline()));
			}
			case Entry.Guide guide -> {
			}
			case Entry.Page page -> {
			}
		}
		return facts;
	}

	String deadline(Deadline deadline) {
		return switch (deadline) {
			case Deadline.ByYear year -> content.messages().format(locale.lang(), locale.easy(),
					year.year() < java.time.Year.now(BERLIN).getValue() ? "deadline.passed" : "deadline.year",
					Map.of("year", Integer.toString(year.year())));
			default -> content.messages().all(locale.lang(), locale.easy()).get("deadline." + deadline.id());
		};
	}

	private static void add(List<Map<String, String>> facts, String label, String value) {
		if (value != null && !value.isBlank()) {
			facts.add(Map.of("label", label, "value", value));
		}
	}

}

package de.wesermarsch.wegweiser.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the content: an offer, a network, a measure or a page, with its texts in every language it has.
 * Texts are keyed by language code, with the suffix {@code -easy} for the easy-language variant.
 */
public record Entry(String id, EntryType type, int revision, LocalDate reviewed, SourceRef source,
		List<String> topics, List<String> places, List<String> audiences, Details details,
		Map<String, Text> texts) {

	public static final String EASY_SUFFIX = "-easy";

	public Entry {
		Objects.requireNonNull(id);
		Objects.requireNonNull(type);
		topics = List.copyOf(topics);
		places = List.copyOf(places);
		audiences = List.copyOf(audiences);
		texts = Map.copyOf(texts);
		if (!texts.containsKey("de")) {
			throw new IllegalArgumentException("entry " + id + " has no German text");
		}
	}

	public static String key(String lang, boolean easy) {
		return easy ? lang + EASY_SUFFIX : lang;
	}

	/** The German original, which every entry has. */
	public Text german() {
		return texts.get("de");
	}

	/** The text in exactly this language and variant, if the entry has it. */
	public Optional<Text> text(String lang, boolean easy) {
		return Optional.ofNullable(texts.get(key(lang, easy)));
	}

	/** True when the translation under this key was made from an older revision of the German text. */
	public boolean outdated(String key) {
		Text text = texts.get(key);
		return text != null && text.translates() != null && text.translates() < revision;
	}

	/** Whether the entry serves the whole county rather than named places. */
	public boolean countyWide() {
		return places.isEmpty();
	}

	/** Variants: what only one kind of entry has. */
	public sealed interface Details permits Offer, Network, Measure, Page {
	}

	/** A counselling offer, project or contact point; contact holds only what the source gives. */
	public record Offer(String organisation, OfferStatus status, Contact contact) implements Details {
	}

	/** A working group, round table or network. */
	public record Network(NetworkScope scope, String convenor, List<String> members) implements Details {
		public Network {
			members = List.copyOf(members);
		}
	}

	/** A measure of the Integrationskonzept with its field(s) of action and deadline. */
	public record Measure(List<String> fields, Deadline deadline) implements Details {
		public Measure {
			fields = List.copyOf(fields);
			Objects.requireNonNull(deadline);
		}
	}

	/** A page of the service itself (about, imprint, ...). */
	public record Page() implements Details {
	}

}

package de.wesermarsch.wegweiser.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the content: an offer, a network, a measure, a guide page or a page, with its texts in every
 * language it has. Texts are keyed by language code, with the suffix {@code -easy} for the easy-language variant.
 * {@code original} is the language the entry was written in (German unless it says otherwise); translations
 * refer to its revision. {@code sources} are the documents its facts stand in, the first the main one;
 * {@code responsible} the entry of the office the source names as responsible, if any.
 */
public record Entry(String id, EntryType type, int revision, LocalDate reviewed, List<SourceRef> sources,
		List<String> topics, List<String> places, List<String> audiences, String responsible, String original,
		Details details, Map<String, Text> texts) {

	public static final String EASY_SUFFIX = "-easy";

	public Entry {
		Objects.requireNonNull(id);
		Objects.requireNonNull(type);
		Objects.requireNonNull(original);
		sources = List.copyOf(sources);
		topics = List.copyOf(topics);
		places = List.copyOf(places);
		audiences = List.copyOf(audiences);
		texts = Map.copyOf(texts);
		if (!texts.containsKey(original)) {
			throw new IllegalArgumentException("entry " + id + " has no text in its original language " + original);
		}
	}

	public static String key(String lang, boolean easy) {
		return easy ? lang + EASY_SUFFIX : lang;
	}

	/** The language of a text key ("de-easy" is German). */
	public static String language(String key) {
		return key.endsWith(EASY_SUFFIX) ? key.substring(0, key.length() - EASY_SUFFIX.length()) : key;
	}

	/** The text in the original language, which every entry has. */
	public Text originalText() {
		return texts.get(original);
	}

	/** The main source (the first one named), if the entry names any. */
	public Optional<SourceRef> source() {
		return sources.isEmpty() ? Optional.empty() : Optional.of(sources.getFirst());
	}

	/** The text in exactly this language and variant, if the entry has it. */
	public Optional<Text> text(String lang, boolean easy) {
		return Optional.ofNullable(texts.get(key(lang, easy)));
	}

	/** True when the translation under this key was made from an older revision of the original text. */
	public boolean outdated(String key) {
		Text text = texts.get(key);
		return text != null && text.translates() != null && text.translates() < revision;
	}

	/** Whether the entry serves the whole region rather than named places. */
	public boolean countyWide() {
		return places.isEmpty();
	}

	/** The contact data the entry itself gives (offers and guide pages), if any. */
	public Optional<Contact> contact() {
		Contact contact = switch (details) {
			case Offer offer -> offer.contact();
			case Guide guide -> guide.contact();
			default -> null;
		};
		return Optional.ofNullable(contact).filter(c -> !c.none());
	}

	/** Variants: what only one kind of entry has. */
	public sealed interface Details permits Offer, Network, Measure, Guide, Page {
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

	/**
	 * A guide page for a newcomer's need: what to do, where, whom to call. {@code parent} is the guide page it
	 * belongs under (null at the top), {@code order} its place among its siblings (null: after those that have one).
	 */
	public record Guide(String parent, Integer order, Contact contact) implements Details {
	}

	/** A page of the service itself (about, imprint, ...). */
	public record Page() implements Details {
	}

}

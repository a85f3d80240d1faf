package de.wesermarsch.wegweiser.content;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonFormat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads one entry file into an {@link Entry}: the file is checked against {@code entry.schema.json}, bound to an
 * {@link EntryFile} and then checked for what the schema cannot know (the folder's type and its fields, the file
 * name, the site's rules); references to other files (topics, places, sources, other entries) are checked later by
 * {@link References}, which knows them all.
 */
final class EntryReader {

	static final JsonMapper BINDER = JsonMapper.builder().build();

	private static final Set<String> COMMON = Set.of("id", "type", "revision", "reviewed", "source", "topics",
			"places", "audiences", "responsible", "original", "texts");

	private static final Map<EntryType, Set<String>> SPECIFIC = Map.of(EntryType.OFFER,
			Set.of("organisation", "status", "contact"), EntryType.NETWORK, Set.of("scope", "convenor", "members"),
			EntryType.MEASURE, Set.of("fields", "deadline"), EntryType.GUIDE, Set.of("parent", "order", "contact"),
			EntryType.PAGE, Set.of());

	static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

	/** An entry file as written; the schema has checked every field's form. */
	record EntryFile(String id, String type, Integer revision, String reviewed,
			@JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<SourceRef> source,
			List<String> topics, List<String> places, List<String> audiences, String responsible, String original,
			LinkedHashMap<String, TextReader.TextFile> texts, String organisation, String status, Contact contact,
			String scope, String convenor, List<String> members, List<String> fields, String deadline, String parent,
			Integer order) {
	}

	private final Problems problems;

	private final TextReader texts;

	private final boolean strict;

	EntryReader(Problems problems, Set<String> languages, boolean strict) {
		this.problems = problems;
		this.texts = new TextReader(problems, languages, strict);
		this.strict = strict;
	}

	/** The entry, or null when the file has problems (which are then reported). */
	Entry read(String file, EntryType folderType, JsonNode tree) {
		String named = tree.get("id") != null && !tree.get("id").isContainer() ? tree.get("id").asString() : null;
		int before = problems.messages().size();
		Set<String> allowed = new HashSet<>(COMMON);
		allowed.addAll(SPECIFIC.get(folderType));
		ObjectNode own = ((ObjectNode) tree).deepCopy();
		for (String key : tree.propertyNames()) {
			if (!allowed.contains(key)) { // the schema knows the fields of every type, the folder those of one
				problems.add(file, named, key,
						"unknown field (allowed here: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
				own.remove(key);
			}
		}
		if (!ContentSchema.of("entry").check(file, own, problems, false, t -> named).isEmpty()) {
			return null;
		}
		EntryFile entry = BINDER.treeToValue(own, EntryFile.class);
		String id = entry.id();
		if (!file.endsWith("/" + id + ".yaml")) {
			problems.add(file, id, "id", "must match the file name (" + id + ".yaml)");
		}
		if (entry.type() != null && !entry.type().equals(folderType.id())) {
			problems.add(file, id, "type", "'" + entry.type() + "' does not fit the folder " + folderType.folder()
					+ "/ (expected " + folderType.id() + ")");
		}
		int revision = entry.revision() == null ? 1 : entry.revision();
		LocalDate reviewed = date(problems, file, id, "reviewed", entry.reviewed());
		if (strict && reviewed == null && entry.reviewed() == null) {
			problems.add(file, id, "reviewed", "missing");
		}
		if (strict && entry.source() == null) {
			problems.add(file, id, "source", "missing");
		}
		String original = entry.original() == null ? "de" : entry.original();
		Entry.Details details = details(file, folderType, entry);
		Map<String, Text> texts = this.texts.read(file, id, entry.texts(), original, revision);
		if (problems.messages().size() > before || details == null) {
			return null;
		}
		return new Entry(id, folderType, revision, reviewed, list(entry.source()), list(entry.topics()),
				list(entry.places()), list(entry.audiences()), entry.responsible(), original, details, texts);
	}

	private static <T> List<T> list(List<T> list) {
		return list == null ? List.of() : list;
	}

	/** A date the schema has seen to be of the form YYYY-MM-DD, if it is a day of the calendar. */
	static LocalDate date(Problems problems, String file, String entry, String field, String value) {
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException e) {
			problems.add(file, entry, field, "'" + value + "' is not a date of the form YYYY-MM-DD");
			return null;
		}
	}

	private Entry.Details details(String file, EntryType type, EntryFile entry) {
		return switch (type) {
			case OFFER -> new Entry.Offer(entry.organisation(),
					enumValue(file, entry.id(), "status", entry.status(), OfferStatus.class), entry.contact());
			case NETWORK -> new Entry.Network(enumValue(file, entry.id(), "scope", entry.scope(), NetworkScope.class),
					entry.convenor(), list(entry.members()));
			case MEASURE -> measure(file, entry);
			case GUIDE -> new Entry.Guide(entry.parent(), entry.order(), entry.contact());
			case PAGE -> new Entry.Page();
		};
	}

	private Entry.Measure measure(String file, EntryFile entry) {
		List<String> areas = list(entry.fields());
		if (areas.isEmpty()) {
			problems.add(file, entry.id(), "fields", "a measure needs at least one field of action");
		}
		if (entry.deadline() == null) {
			problems.add(file, entry.id(), "deadline", "missing");
			return null;
		}
		try {
			return new Entry.Measure(areas, Deadline.parse(entry.deadline()));
		}
		catch (IllegalArgumentException e) {
			problems.add(file, entry.id(), "deadline", e.getMessage());
			return null;
		}
	}

	/** A value the schema has seen to be one of the type's ids ("supra-regional" is SUPRA_REGIONAL). */
	private <E extends Enum<E>> E enumValue(String file, String id, String name, String value, Class<E> type) {
		if (value == null) {
			problems.add(file, id, name, "missing");
			return null;
		}
		return Enum.valueOf(type, value.replace('-', '_').toUpperCase(Locale.ROOT));
	}

}

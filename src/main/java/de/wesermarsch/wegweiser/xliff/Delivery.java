package de.wesermarsch.wegweiser.xliff;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.sf.okapi.lib.xliff2.XLIFFException;
import net.sf.okapi.lib.xliff2.core.Part;
import net.sf.okapi.lib.xliff2.core.Segment;
import net.sf.okapi.lib.xliff2.core.TargetState;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.metadata.IMetadataItem;
import net.sf.okapi.lib.xliff2.metadata.Meta;
import net.sf.okapi.lib.xliff2.metadata.MetaGroup;
import net.sf.okapi.lib.xliff2.reader.Event;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;

/**
 * What came back from the agency: an XLIFF 2 file read by Okapi's reader with its fullest validation (the
 * XLIFF 2 schemas and the specification's constraints), reduced to what the import needs — the languages, who
 * translated and revised and when (the metadata group {@code translation} that the export leaves to be filled),
 * and each unit's id, source, target and state.
 */
record Delivery(String sourceLang, String targetLang, Map<String, String> translation, List<Delivered> units) {

	/** The names of the {@code translation} metadata the export writes and the import reads. */
	static final List<String> FIELDS = List.of("translator", "agency", "reviewer", "date");

	/** One unit: its id as written, the source, the target (null where there is none) and the segment state. */
	record Delivered(String id, String source, String target, TargetState state) {

		boolean translated() {
			return target != null && (state == TargetState.TRANSLATED || state == TargetState.REVIEWED
					|| state == TargetState.FINAL);
		}

	}

	static Delivery read(InputStream in) {
		String source = null;
		String target = null;
		Map<String, String> translation = new HashMap<>();
		List<Delivered> units = new ArrayList<>();
		try (XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL | XLIFFReader.VALIDATION_INCLUDE_SCHEMAS)) {
			reader.open(in);
			while (reader.hasNext()) {
				Event event = reader.next();
				if (event.isStartXliff()) {
					source = event.getStartXliffData().getSourceLanguage();
					target = event.getStartXliffData().getTargetLanguage();
				}
				else if (event.isMidFile() && event.getMidFileData().hasMetadata()) {
					for (MetaGroup group : event.getMidFileData().getMetadata()) {
						if ("translation".equals(group.getCategory())) {
							collect(group, translation);
						}
					}
				}
				else if (event.isUnit()) {
					units.add(delivered(event.getUnit()));
				}
			}
		}
		catch (XLIFFException e) {
			throw new XliffException(List.of("The file is not valid XLIFF 2: " + firstLine(e.getMessage())));
		}
		return new Delivery(source, target, Map.copyOf(translation), List.copyOf(units));
	}

	private static void collect(MetaGroup group, Map<String, String> into) {
		for (IMetadataItem item : group) {
			if (item instanceof Meta meta && meta.getData() != null && !meta.getData().isBlank()) {
				into.put(meta.getType(), meta.getData().strip());
			}
		}
	}

	private static Delivered delivered(Unit unit) {
		StringBuilder source = new StringBuilder();
		StringBuilder target = new StringBuilder();
		boolean anyTarget = false;
		TargetState state = null;
		for (Part part : unit) {
			source.append(part.getSource().getPlainText());
			if (part.hasTarget()) {
				anyTarget = true;
				target.append(part.getTarget().getPlainText());
			}
			if (part instanceof Segment segment) {
				state = lowest(state, segment.getState());
			}
		}
		return new Delivered(unit.getId(), source.toString(), anyTarget ? target.toString() : null, state);
	}

	/** A unit split into several segments by a CAT tool is only as far along as its least finished segment. */
	private static TargetState lowest(TargetState a, TargetState b) {
		if (a == null) {
			return b;
		}
		return a.ordinal() <= b.ordinal() ? a : b;
	}

	/** Who is named as the translator: the person, else the agency. */
	String translator() {
		return translation.getOrDefault("translator", translation.get("agency"));
	}

	/** Who revised: the named reviewer, else the translator (an agency's delivery is revised under its QA). */
	String reviewer() {
		return translation.getOrDefault("reviewer", translator());
	}

	/** The date the file gives, or null; a date that is not YYYY-MM-DD is a problem of the file. */
	LocalDate date(List<String> problems) {
		String date = translation.get("date");
		if (date == null) {
			return null;
		}
		try {
			return LocalDate.parse(date);
		}
		catch (DateTimeParseException e) {
			problems.add("The date in the metadata group 'translation' is '" + date + "', not a date of the form YYYY-MM-DD.");
			return null;
		}
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "it cannot be read.";
		}
		String line = message.strip().lines().findFirst().orElse("it cannot be read.");
		return line.length() > 300 ? line.substring(0, 300) + "…" : line;
	}

}

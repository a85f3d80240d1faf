package de.wesermarsch.wegweiser.xliff;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.BiFunction;

import net.sf.okapi.lib.xliff2.core.Segment;
import net.sf.okapi.lib.xliff2.core.TargetState;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.metadata.IMetadataItem;
import net.sf.okapi.lib.xliff2.metadata.Meta;
import net.sf.okapi.lib.xliff2.metadata.MetaGroup;
import net.sf.okapi.lib.xliff2.reader.Event;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import net.sf.okapi.lib.xliff2.writer.XLIFFWriter;

/**
 * What a translator's CAT tool does to an exported file, done with Okapi's XLIFF 2 library (a real XLIFF 2
 * implementation, not this project's code): read every event with full validation, change the targets and states
 * of some units, fill in the header's translation metadata, and write the file anew.
 */
final class Translator {

	private Translator() {
	}

	/**
	 * Reads {@code in} and writes {@code out}; {@code translate} gets each unit's id and source and returns the
	 * target to set, or null to leave the unit as it is. Translated segments get {@code state}.
	 */
	static void work(Path in, Path out, Map<String, String> metadata, TargetState state,
			BiFunction<String, String, String> translate) {
		try (XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL | XLIFFReader.VALIDATION_INCLUDE_SCHEMAS);
				XLIFFWriter writer = new XLIFFWriter()) {
			reader.open(in.toFile());
			writer.create(new File(out.toString()), null);
			while (reader.hasNext()) {
				Event event = reader.next();
				if (event.isMidFile() && event.getMidFileData().hasMetadata()) {
					for (MetaGroup group : event.getMidFileData().getMetadata()) {
						if ("translation".equals(group.getCategory())) {
							for (IMetadataItem item : group) {
								if (item instanceof Meta meta && metadata.containsKey(meta.getType())) {
									meta.setData(metadata.get(meta.getType()));
								}
							}
						}
					}
				}
				if (event.isUnit()) {
					Unit unit = event.getUnit();
					Segment segment = unit.getSegment(0);
					String target = translate.apply(unit.getId(), segment.getSource().getPlainText());
					if (target != null) {
						segment.setTarget(target);
						segment.setState(state);
						segment.setSubState(null);
					}
				}
				writer.writeEvent(event);
			}
		}
	}

	/** Validates a file with Okapi's fullest checks; throws where it is not valid XLIFF 2. Returns its unit count. */
	static int validate(Path file) {
		int units = 0;
		try (XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL | XLIFFReader.VALIDATION_INCLUDE_SCHEMAS)) {
			reader.open(file.toFile());
			while (reader.hasNext()) {
				if (reader.next().isUnit()) {
					units++;
				}
			}
		}
		return units;
	}

}

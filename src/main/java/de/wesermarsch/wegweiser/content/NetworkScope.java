package de.wesermarsch.wegweiser.content;

/** Who runs a network: the Koordinierungsstelle itself, others in the county, or others beyond it. */
public enum NetworkScope {
	INTERNAL, REGIONAL, SUPRA_REGIONAL
}

package org.hspnavigator.engine.profile;

/**
 * Research achievements as counts; the rules decide which counts meet a test.
 *
 * @param patents             patented inventions the applicant is an inventor of
 * @param grantFundedProjects research projects funded by a foreign government grant or competitive fund
 * @param papers              papers as corresponding author in journals of a recognized academic database
 * @param otherRecognized     another research achievement recognized by the Minister of Justice
 */
public record Research(int patents, int grantFundedProjects, int papers, boolean otherRecognized) {

    public static final Research NONE = new Research(0, 0, 0, false);
}

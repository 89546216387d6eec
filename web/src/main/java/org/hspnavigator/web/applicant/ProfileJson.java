package org.hspnavigator.web.applicant;

import org.hspnavigator.engine.profile.Degree;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.formats.json.StrictJson;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A profile as the profile JSON (docs/rules.md §18), every field written: how a row imported from a
 * batch CSV file, or the answers of the workspace's snapshot form, are stored as a snapshot, so that it
 * reads back as the same profile.
 */
public final class ProfileJson {

    private ProfileJson() {
    }

    public static ObjectNode write(Profile profile) {
        ObjectNode node = StrictJson.nodes().objectNode();
        node.put("referenceDate", profile.referenceDate().toString());
        node.put("birthDate", profile.birthDate().toString());
        node.put("annualSalaryYen", profile.annualSalaryYen());
        ArrayNode degrees = node.putArray("degrees");
        for (Degree degree : profile.degrees()) {
            ObjectNode d = degrees.addObject();
            d.put("level", degree.level().name());
            degree.field().ifPresentOrElse(f -> d.put("field", f), () -> d.putNull("field"));
            d.put("inJapan", degree.inJapan());
            d.put("designatedUniversity", degree.designatedUniversity());
            d.put("japaneseMajor", degree.japaneseMajor());
        }
        ObjectNode career = node.putObject("careerYears");
        career.put("academicResearch", profile.careerYears().academicResearch());
        career.put("specializedTechnical", profile.careerYears().specializedTechnical());
        career.put("businessManagement", profile.careerYears().businessManagement());
        ObjectNode research = node.putObject("research");
        research.put("patents", profile.research().patents());
        research.put("grantFundedProjects", profile.research().grantFundedProjects());
        research.put("papers", profile.research().papers());
        research.put("otherRecognized", profile.research().otherRecognized());
        ObjectNode language = node.putObject("japaneseLanguage");
        profile.japaneseLanguage().jlpt().ifPresentOrElse(j -> language.put("jlpt", j.name()), () -> language.putNull("jlpt"));
        if (profile.japaneseLanguage().bjtScore().isPresent()) {
            language.put("bjtScore", profile.japaneseLanguage().bjtScore().getAsInt());
        } else {
            language.putNull("bjtScore");
        }
        node.put("japaneseNationalQualifications", profile.japaneseNationalQualifications());
        node.put("foreignQualification", profile.foreignQualification());
        node.put("position", profile.position().name());
        ObjectNode employer = node.putObject("employer");
        employer.put("innovationSupport", profile.employer().innovationSupport());
        employer.put("sme", profile.employer().sme());
        profile.employer().rdExpenseRatioPercent().ifPresentOrElse(r -> employer.put("rdExpenseRatioPercent", r),
                () -> employer.putNull("rdExpenseRatioPercent"));
        employer.put("localGovernmentSupport", profile.employer().localGovernmentSupport());
        employer.put("investmentManagementBusiness", profile.employer().investmentManagementBusiness());
        node.put("growthFieldProject", profile.growthFieldProject());
        ObjectNode training = node.putObject("training");
        training.put("innovativeAsia", profile.training().innovativeAsia());
        training.put("atJapaneseUniversity", profile.training().atJapaneseUniversity());
        node.put("investmentYen", profile.investmentYen());
        return node;
    }
}

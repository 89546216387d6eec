package org.hspnavigator.engine.procedure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The documents of an HSP(i) application besides the point evidence, by procedure and employer
 * category (docs/rules.md §16). Categories 1–2 file the application form and the point documents;
 * 3–4 add the full base-status set (contract, degree or career proof, company profile, financial
 * statements), 4 also a business plan. A change of status drops the return envelope and adds the
 * passport and residence card; an extension also, for categories 3–4, the residence-tax certificates
 * [single source]. The rule book gives no document list for permanent residence: the PR list here is
 * what §1 implies (points now and at the start date, the general requirements) and says so in a note;
 * on the J-Skip route the evidence of the J-Skip criteria takes the place of the point tables.
 */
final class BaseDocuments {

    private BaseDocuments() {
    }

    /** Permanent residence on the J-Skip route: the criteria now and at the start date instead of points. */
    static List<Document> jSkipPermanentResidence(LocalDate date, LocalDate startDate) {
        return List.of(Document.of("prApplicationForm"), Document.of("photo"), Document.of("passportAndResidenceCard"),
                Document.of("jSkipEvidence", date, startDate), Document.of("generalRequirements"),
                Document.of("translations"));
    }

    static List<Document> of(Procedure procedure, int employerCategory, LocalDate date, LocalDate pointsStartDate) {
        List<Document> documents = new ArrayList<>();
        if (procedure == Procedure.PR) {
            documents.add(Document.of("prApplicationForm"));
            documents.add(Document.of("photo"));
            documents.add(Document.of("passportAndResidenceCard"));
            documents.add(Document.of("pointCalculationTable", date));
            documents.add(Document.of("pointCalculationTableAtStart", pointsStartDate));
            documents.add(Document.of("pointEvidence"));
            documents.add(Document.of("generalRequirements"));
            documents.add(Document.of("translations"));
            return documents;
        }
        documents.add(Document.of("applicationForm"));
        documents.add(Document.of("photo"));
        if (procedure == Procedure.COE) {
            documents.add(Document.of("returnEnvelope"));
        } else {
            documents.add(Document.of("passportAndResidenceCard"));
        }
        documents.add(Document.of("employerCategoryProof." + employerCategory));
        if (employerCategory >= 3) {
            documents.add(Document.of("contract"));
            documents.add(Document.of("degreeOrCareerProof"));
            documents.add(Document.of("companyProfile"));
            documents.add(Document.of("financialStatements"));
        }
        if (employerCategory == 4) {
            documents.add(Document.of("businessPlan"));
        }
        if (procedure == Procedure.EXTENSION && employerCategory >= 3) {
            documents.add(Document.singleSource("residenceTaxCertificates"));
        }
        documents.add(Document.of("pointCalculationTable", date));
        documents.add(Document.of("pointEvidence"));
        documents.add(Document.of("translations"));
        return documents;
    }
}

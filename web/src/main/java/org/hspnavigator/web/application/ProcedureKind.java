package org.hspnavigator.web.application;

import org.hspnavigator.engine.procedure.Procedure;

/**
 * The procedure of an application file. HSP(ii) is a change of status from HSP(i) (docs/rules.md §12),
 * so its documents are those of a change of status.
 */
public enum ProcedureKind {
    COE(Procedure.COE),
    CHANGE(Procedure.CHANGE),
    EXTENSION(Procedure.EXTENSION),
    PERMANENT_RESIDENCE(Procedure.PR),
    HSP_TWO(Procedure.CHANGE);

    private final Procedure procedure;

    ProcedureKind(Procedure procedure) {
        this.procedure = procedure;
    }

    /** The engine's procedure whose checklist and deadlines apply. */
    public Procedure procedure() {
        return procedure;
    }
}

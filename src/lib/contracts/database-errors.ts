/**
 * SQLSTATE codes the application acts on, named once. The ZQ codes are the project's own: the
 * database's trigger functions raise them (`raise exception … using errcode = 'ZQ00n'`) and the
 * domain modules turn them into results a page can explain. SQL that raises one cites this file.
 * tests/db/database-errors.test.ts checks that every ZQ code the database raises is named here,
 * and every one named here is raised somewhere.
 */
export const databaseErrors = {
	/** An interest cannot make this status move (already converted, declined, withdrawn…). */
	interestMoveRefused: 'ZQ002',
	/** A deal stage move the pipeline does not allow, or a change to a closed deal. */
	dealMoveIllegal: 'ZQ003',
	/** Signing while the public notice still runs. */
	noticeRunning: 'ZQ004',
	/** Closing a deal (won or lost) without a reason. */
	closeReasonRequired: 'ZQ005',
	/** The deal's assignee is not an officer of the deal's institution. */
	assigneeNotOfficer: 'ZQ006',
	/** An interest already took as many added messages as it may in an hour. */
	interestMessagesTooMany: 'ZQ007',
	// Public notice and objections (supabase/migrations/20261206000100_public_notices.sql). ZQ1xx,
	// so they never collide with codes added beside them.
	/** An objection to a notice that is withdrawn or whose period has ended. */
	noticeClosed: 'ZQ101',
	/** More than ten objections an hour from one address. */
	objectionsTooMany: 'ZQ102',
	/** Resolving an objection that is already resolved. */
	objectionResolved: 'ZQ103',
	/** Entering public_notice without the mode and an agreed price. */
	noticeNeedsPrice: 'ZQ104',
	/** Entering public_notice priced on an exchange without the exchange and its reference number. */
	exchangeReferenceRequired: 'ZQ105',
	/** Signing while an objection to the deal's notice is open. */
	objectionOpen: 'ZQ106',
	/** An NDA recorded before the NDA stage or on a closed deal. */
	ndaNotOpen: 'ZQ020',
	/** Accepting NDA terms that are no longer the university's current version. */
	ndaTermsOutdated: 'ZQ021',
	/** Signing without the mode or the contract's effective date. */
	signingTermsMissing: 'ZQ022',
	/** Closing won while a required filing is neither done nor waived. */
	filingsOutstanding: 'ZQ023',
	/** Recording or waiving a filing that is already done or waived (supabase/migrations/…_closing_guards.sql). */
	filingSettled: 'ZQ024',
	/** A filing's or an offline NDA's date after today (Asia/Shanghai). */
	dayNotYetCome: 'ZQ025',
	// Reward policies (supabase/migrations/20261207002100_reward_policies.sql). ZQ2xx.
	/** A reward policy version whose form was opened before another version was published. */
	rewardPolicyStale: 'ZQ201',
	/** A reward policy version taking effect before today or before the latest version. */
	rewardPolicyBackdated: 'ZQ202',
	// Income (supabase/migrations/20261207004100_income_ledger.sql). ZQ3xx.
	/** A royalty report for a period that has not ended (Asia/Shanghai). */
	incomePeriodNotEnded: 'ZQ301',
	/** A royalty report or a receipt on a deal that is not signed (or closed won). */
	incomeDealNotSigned: 'ZQ302',
	/** A report against a line that is not a royalty period, or a receipt against the equity line. */
	incomeLineRefused: 'ZQ303',
	/** A deduction added or removed after the receipt's distribution was approved. */
	distributionApproved: 'ZQ304',
	/** Deductions adding up to more than the receipt. */
	deductionsExceedReceipt: 'ZQ305',
	/** Approving a distribution when no reward policy was in force on the deal's signing day. */
	rewardPolicyMissing: 'ZQ306',
	/** Reversing a distribution that is not approved. */
	distributionNotApproved: 'ZQ307',
	/** Reversing a distribution part of which has been paid out. */
	distributionPaid: 'ZQ308',
	/** A payout of a line that is not an inventor's standing (positive, not reversed) line. */
	payoutRefused: 'ZQ309',
	// Receipt checks (supabase/migrations/20261207010000_receipt_checks.sql).
	/** A receipt above what its line still expects (the error's detail: that amount, in fen). */
	receiptAboveOutstanding: 'ZQ310',
	/** A receipt against a royalty period whose report is not filed yet. */
	royaltyNotReported: 'ZQ311',
	/** A receipt dated before the deal began (the earlier of its effective date and signing day). */
	receiptBeforeDeal: 'ZQ312',
	// Open licences (supabase/migrations/20261208001000_open_licences.sql, …001100_open_licence_acceptance.sql).
	/** An exclusive licence or assignment entering notice, signing or closing while an open licence declaration stands. */
	openLicenceStanding: 'ZQ320',
	/** Taking an open licence whose declaration is not announced (a draft, submitted or withdrawn one). */
	openLicenceNotAnnounced: 'ZQ321',
	/** Submitting a utility model's or design's declaration without its evaluation report. */
	evaluationReportMissing: 'ZQ322',
	/** A declaration status move other than draft → submitted → announced → withdrawn. */
	openLicenceMoveIllegal: 'ZQ323',
	/** Changing a declaration's terms (or its patent) once it is submitted. */
	openLicenceTermsFrozen: 'ZQ324',
	/** Submitting a declaration while an exclusive licence or assignment of the listing is in force. */
	openLicenceExclusiveInForce: 'ZQ325',
	/** Declaring a patent that is not granted or whose listing is not published. */
	openLicencePatentRefused: 'ZQ326',
	/** An announcement dated before the submission, or a withdrawal before the announcement (detail: the earliest day). */
	openLicenceDateOrder: 'ZQ328',
	// Express licences (supabase/migrations/20261208002000_express_licences.sql). ZQ330–ZQ339.
	/** Changing or deleting a published licence template version (or its template). */
	templateVersionPublished: 'ZQ330',
	/** A template version whose form was opened before another version was published. */
	templateVersionStale: 'ZQ331',
	/** Accepting an express licence on a listing that is not published or not marked express. */
	expressNotOffered: 'ZQ332',
	/** An acceptance key already used for another listing or company. */
	expressKeyReused: 'ZQ333',
	/** Accepting while the company already has an open deal for the listing (its id in the detail). */
	expressDealOpen: 'ZQ334',
	/** Accepting a version of the standard terms that is no longer the one the listing offers (detail: the offered one). */
	expressTermsChanged: 'ZQ335',
	// Companies' needs (supabase/migrations/20261208006000_need_lifecycle.sql). ZQ4xx.
	/** Reopening a need whose deadline has passed (the deadline moves first). */
	needDeadlinePassed: 'ZQ401',
	// Valuations (supabase/migrations/20261209002000_valuations.sql). ZQ540–ZQ549.
	/** A valuation asked of an organisation that is not a verified valuation firm offering valuations. */
	valuationFirmRefused: 'ZQ540',
	/** A valuation naming no patent, more than twenty, or one the requester may not have valued. */
	valuationPatentRefused: 'ZQ541',
	/** A valuation move other than requested → accepted | declined | withdrawn, accepted → delivered. */
	valuationMoveIllegal: 'ZQ542',
	/** A delivered value range that is not positive or whose low end is above its high end. */
	valuationRangeInvalid: 'ZQ543',
	/** A report valid until a day not after its base date. */
	valuationValidity: 'ZQ544',
	// Valuations attached to deals (supabase/migrations/20261210003000_deal_valuations.sql). ZQ570–ZQ579.
	/** Attaching a valuation that has no report yet. */
	dealValuationNotDelivered: 'ZQ570',
	/** Attaching a valuation that names none of the deal's listing's patents. */
	dealValuationOtherPatents: 'ZQ571',
	/** Attaching to, or detaching from, a deal already signed or closed. */
	dealValuationClosed: 'ZQ572',
	// A university's patent portfolio (supabase/migrations/20261211000000_portfolio.sql). ZQ580–ZQ589.
	/** A second decision on an annual fee already decided. */
	portfolioFeeDecided: 'ZQ580',
	/** A decision on a date that is not the patent's next annual fee date (lapsed, expired, or a stale page). */
	portfolioFeeNotDue: 'ZQ581',
	// Service cases (supabase/migrations/20261210002000_service_cases.sql). ZQ560–ZQ569.
	/** A case asked of an organisation that is not a verified agency offering the service (or a valuation). */
	serviceCaseAgencyRefused: 'ZQ560',
	/** A case naming more than twenty patents, or one the requester may not name. */
	serviceCasePatentRefused: 'ZQ561',
	/** A case move its status does not allow (a quote once requested, acceptance once quoted, …). */
	serviceCaseMoveIllegal: 'ZQ562',
	/** A case's deadline before today. */
	serviceCaseDeadlinePast: 'ZQ563',
	/** A quote whose amount is not positive or whose turnaround is not one to 365 days. */
	serviceCaseQuoteInvalid: 'ZQ564',
	/** A rating not of one to five stars, or a comment over 500 characters. */
	serviceCaseRatingInvalid: 'ZQ565',
	/** A delivery naming a document that is not one the agency added to this case. */
	serviceCaseDeliveryDocument: 'ZQ566',
	/** A case's budget that is not more than nothing (or above the fees' ceiling). */
	serviceCaseBudgetInvalid: 'ZQ567',
	// Pledge loans (supabase/migrations/20261210001000_pledge_loans.sql). ZQ550–ZQ559.
	/** A pledge loan asked of an organisation that is not a verified bank. */
	pledgeBankRefused: 'ZQ550',
	/** A pledge naming no patent, more than twenty, or one the applicant company does not hold. */
	pledgePatentNotHeld: 'ZQ551',
	/** A pledge naming a patent that is not granted (pending or lapsed). */
	pledgePatentNotGranted: 'ZQ552',
	/** A patent already in a registered pledge not yet released (or removing such a declared patent). */
	pledgePatentPledged: 'ZQ553',
	/** A valuation attached that is not delivered, not readable by the applicant, or no longer valid. */
	pledgeValuationRefused: 'ZQ554',
	/** An application move the pledge's statuses do not allow, or by the wrong side. */
	pledgeMoveIllegal: 'ZQ555',
	/** A registration without its CNIPA number, or dated in the future. */
	pledgeRegistrationInvalid: 'ZQ556',
	/** A deal assigning or licensing a pledged patent, without the pledgee's consent (Civil Code Art. 444). */
	pledgedPatentDeal: 'ZQ557',
	/** A consent for a number not in this pledge, a scope not assignment or licence, or a pledge not in force. */
	pledgeConsentRefused: 'ZQ558',
	// Colleges and researchers' confirmation (supabase/migrations/20261213100000_colleges_and_confirmation.sql). ZQ600–ZQ609.
	/** Submitting or publishing a listing whose owner's membership the university has not confirmed. */
	membershipUnconfirmed: 'ZQ600',
	/** Confirming a confirmed membership, or declining one that is not pending. */
	membershipDecided: 'ZQ601',
	/** A Supabase sign-up of a researcher not under a college of the chosen university. */
	collegeNotOfUniversity: 'ZQ602',
	// Proposals answering needs (supabase/migrations/20261213200000_need_proposals.sql). ZQ700–ZQ709.
	/** A proposal to a need that is closed or past its deadline. */
	proposalNeedClosed: 'ZQ700',
	/** A proposal naming a listing that is not a published one of its researcher (or more than five). */
	proposalListingRefused: 'ZQ701',
	/** A proposal form's creation key already used for another proposal. */
	proposalKeyReused: 'ZQ702',
	/** A second standing proposal of one researcher to one need. */
	proposalExists: 'ZQ703',
	/** A proposal move its status does not allow (a declined one shortlisted, a withdrawn one converted). */
	proposalMoveIllegal: 'ZQ704',
	/** A proposal move or submission by someone it is not for (another company, another researcher). */
	proposalNotAllowed: 'ZQ705',
	/** A decline without its reason. */
	proposalReasonMissing: 'ZQ706',
	// Alerts (supabase/migrations/20261214100000_saved_searches.sql). ZQ800–ZQ809.
	/** A user saving more searches than the limit (20). */
	savedSearchesTooMany: 'ZQ800',
	// Team invitations (supabase/migrations/20261215010000_team_invitation_addresses.sql). ZQ810–ZQ819.
	/** Inviting an address that already belongs to a member of the company. */
	teamAlreadyMember: 'ZQ810'
} as const;

/** PostgreSQL's own codes, raised by constraints, RLS and the triggers alike. */
export const postgresErrors = {
	insufficientPrivilege: '42501',
	uniqueViolation: '23505',
	foreignKeyViolation: '23503',
	notNullViolation: '23502',
	checkViolation: '23514',
	/** PL/pgSQL's no_data_found: a function's row the caller may not read (a valuation), answered as absent. */
	noDataFound: 'P0002',
	/** object_not_in_prerequisite_state: a team invitation already used, revoked or expired. */
	objectNotInPrerequisiteState: '55000'
} as const;

/**
 * Constraints and unique indexes whose violation the application explains, by name (a unique
 * violation alone does not say which duplicate it was). Read with `constraintName` from
 * src/lib/server/db/port.ts.
 */
export const databaseConstraints = {
	/** A company's second open interest in one listing (supabase/migrations/…_one_open_interest.sql). */
	oneOpenInterest: 'interests_one_open_per_company',
	/** A reward policy below the Art. 45 floors without the university's own regulation cited. */
	rewardPolicyFloors: 'reward_policies_floors',
	/** A second royalty report for one period (supabase/migrations/…_income_ledger.sql). */
	royaltyReportOnePerPeriod: 'royalty_reports_schedule_line_id_key',
	/** A second payout of one distribution line. */
	payoutOnce: 'distribution_payouts_pkey',
	/** A deal's second receipt with one bank reference (…_receipt_checks.sql; trimmed, case-insensitive). */
	receiptBankReferenceOnce: 'receipts_one_per_bank_reference',
	/** A second standing (not withdrawn) open licence declaration of one patent. */
	openLicenceOnePerPatent: 'open_licence_declarations_one_per_patent',
	/**
	 * A person's interest key used twice: an open licence or express acceptance whose key already
	 * made an interest of another kind (each acceptance records one with its key).
	 */
	interestKeyOnce: 'interests_created_by_idempotency_key_key'
} as const;

export type ProjectErrorCode = (typeof databaseErrors)[keyof typeof databaseErrors];

/// The keys of the catalog: every sentence and word carnet shows to a person.
public enum Phrase: String, CaseIterable, Sendable {
    // Panes
    case paneDocuments, paneVaccinations, paneMeasurements, paneProfile, paneAccessHistory
    case shortDocuments, shortVaccinations, shortMeasurements, shortProfile, shortAccessHistory
    case readingsTitle  // "{1} › {2} ({3})"
    case itemDocument, itemVaccination, itemMeasurement, itemReading, itemEvent
    case itemCount, itemCountOne  // "{1} items", "1 item"
    case nothingHere, reading, readingItem
    case paneHeadingSpoken  // "{1}, pane {2} of {3}{4}."
    case itemSpoken  // "{1} {2} of {3}: {4}"

    // Columns
    case columnDate, columnTitle, columnCategory, columnAuthor, columnMasked, columnVaccine
    case columnAgainst, columnKind, columnStatus, columnLot, columnMeasurement, columnLatest
    case columnReadings, columnValue, columnUnit, columnEntry, columnDetails
    case columnDates, columnWhen, columnWho, columnAction, columnTarget, columnOutcome

    // Documents
    case categoryHealthSummary, categoryPrescriptions, categoryImaging, categoryLabResults
    case categoryReports, categoryScreening, categoryCertificates, categoryAdministrative
    case categoryMedicalSummary, categoryAdvanceDirectives, categoryQuestionnaire, categoryOther
    case masked, maskedSpoken

    // Document viewer and the patient's document actions (Catalog+DocumentWorkflow)
    case acceptedFileTypes, fileNotFound, fileNotRegular, fileUnreadable, fileEmpty, fileTooBig
    case fileRefusedContent, fileUnknownExtension, fileMismatch, mediaText, mediaPDF, mediaJPEG
    case mediaPNG, mediaXML, mediaTIFF, mediaRTF, refusedWindowsProgram, refusedProgram
    case refusedArchive, refusedOfficeDocument, refusedGIF, refusedBitmap, refusedOtherImage
    case refusedMedia, refusedUTF16, refusedBinary, sizeBytes, sizeKilobytes, sizeMegabytes
    case audienceYou, audienceAuthor, audienceTreatingDoctor, audienceAuthorTreatingDoctor, listAnd
    case maskedDone, unmaskedDone, unmaskedDoneNobody, confirmMask, confirmMaskNobody, confirmUnmask
    case confirmUnmaskNobody, confirmDelete, documentNotFound, titleEmpty, titleTooLong
    case actDateInFuture, alreadyMasked, notMasked, deleteNotYours, documentAddedByPatient
    case documentDeleted, unknownCategory, yesNoSuffix, columnVersion, versionCell, versionSpoken
    case documentsFiltered, searchWords, searchPrompt, categoryMenuTitle, everyCategory
    case chooseDocument
    case fieldCategory, fieldAuthor, fieldActDate, fieldDeposited, fieldVersion
    case fieldMasked, fieldFile, versionLatest, versionEarlier, maskedYes, maskedNo, bodyImage
    case bodyImageNoSize, bodyPDFNotInstalled, bodyPDFUnreadable, bodyPDFTimedOut, bodyEmpty
    case versionsMenuTitle, versionOption, latestMark
    case onlyOneVersion, lineRange, formAddTitle, fieldFilePath, fieldTitle, formChoose
    case todayPlaceholder, formKeys, formFileMissing, formCategoryMissing, formFieldSpoken
    case formInvalid
    case addedDone, deletedDone

    // Several records in one carnet (Catalog+Records)
    case abstractRecords, abstractRecordsList, abstractRecordsAdd, abstractRecordsRename
    case abstractDb, abstractDbRoles, helpDbDatabase, helpDbApplication, helpDbKiosk
    case helpRecordsName, helpRecordsBirthDate, helpRecordsIns, helpRecordsRelation, helpRecordsSex
    case helpRecordsId, helpRecordsNewName, recordsAdded, recordsRenamed, recordsAmbiguousName
    case recordsOwnExists, recordsINSTaken, recordsNameTooLong, recordsBadRelation, recordsBadSex
    case recordsChildNotMinor, relationOwn, relationChild, relationOther, tableAge, tableRelation
    case tableUnread, ageDays, ageDayOne, ageMonths, ageMonthOne, ageYears, ageYearOne
    case recordsOthersLine, recordsOtherEntry, recordsMenuTitle, recordsOnlyOne, recordsOpened,
        bannerForRecord
    case linearRecordsHelp, linearRecordOpenMark, linearWhichRecord
    // FHIR export (Catalog+Export)
    case exportExists, exportIsAFolder, exportNotAnExportFolder, exportNDJSONNeedsFolder, exportCannotWrite
    case exportDone, exportProgress, targetExport, targetExportToFile, targetImportNothingNew

    // Copying a record between stores: `carnet copy` (Catalog+Copy)
    case abstractCopy, discussionCopy, helpCopyFrom, helpCopyTo, helpCopyJson, optionCopyFromAndDb
    case copyDone, copyVerified, copyCreated, copyProgress, copySameRecord
    case copyDocuments, copyDocumentOne, copyVersions, copyVersionOne, copyVaccinations, copyVaccinationOne
    case copyReadings, copyReadingOne, copyProfileEntries, copyProfileEntryOne, copyNotifications
    case copyNotificationOne, copyEvents, copyEventOne
    case copyPatientTaken, copyINSTaken, copyOwnTaken, copyDocumentTaken, copyVaccinationTaken
    case copyProfileTaken, copyReadingTaken, copyEventTaken, copyNotificationTaken
    case copySourceEventUnreadable, copySourceChainBroken, copyDestinationReadOnly, copyDestinationKiosk
    case copyVerifyFailed, copyVerifyChainBroken, copyVerifyHead
    // The browser's export view
    case formExportTitle, fieldExportFormat, exportAsBundle, exportAsNDJSON
    case fieldExportHistory, exportWithoutHistory, exportWithHistory, fieldExportPath, formExportPathMissing
    case exportReplace, exportPageTitle, exportFormKeys

    // FHIR import (Catalog+Import)
    // The browser's import view
    case formImportTitle, fieldImportPath, formImportPathMissing, importPageTitle
    case importFormKeys
    case importLeftOut, importNotFetched
    case importNotJSON, importNotAnObject, importNoResourceType, importUnknownType, importNoResource
    case importLineTooLong, importMissing, importWrongType, importNotANumber, importNotADate
    case importNotACode, importTooLong, importNotBase64, importUnresolved, importNotForProfession
    case importFileNotFound, importFileUnreadable, importFileEmpty, importFileNotFHIR, importFileMalformed
    case importFileTooDeep, importFileTooLarge, importBundleType, importProblems, importOtherPerson
    case importSeveralPatients, importNoPatient, importDryRunHeading, importHeading, importCreatedRecord
    case importAdded, importUpdated, importUnchanged, importNothingNew, importNotImported
    case importSkippedHeading, importNotIncludedHeading, importUnresolvedHeading, importInvalidHeading,
        importItemReadings
    case importItemDocuments, importItemVaccinations, importItemProfileEntries, importItemProfessionals,
        importItemEstablishments
    case importItemConsents
    case importItemReading, importItemDocument, importItemVaccination, importItemProfileEntry
    case importItemProfessional, importItemEstablishment, importItemConsent
    case importWhatVaccination, importDiseasesNotStated, importUntitled, importDosageNotStated,
        importHospitalStay
    case reportDate, reportAuthor, reportConclusion, reportRange, reportHigh
    case reportLow, reportAbnormal, importProgress

    // Vaccination card, its checks and what is due (Catalog+Vaccinations)
    case vaccineEmpty, vaccineNoDisease, vaccineInFuture, vaccineBeforeBirth, vaccineTooLong
    case deniedNotAVaccinator
    case formAddVaccination, fieldCommonVaccine, anotherVaccine
    case fieldOtherVaccine, otherVaccinePlaceholder, fieldDiseases, diseasesPlaceholder
    case filterDiseaseTitle, everyDisease, onlyAgainst, everyLine
    case vaccinationTitle, fieldVaccinator, fieldEnteredBy, enteredByPatient
    case enteredByProfessional
    case vaccinationAdded, tableVaccine, tableKind, tableLot, tableAgainst
    case ruleDTP, ruleInfluenza, ruleCovid, dueOverdue, dueToday, dueSeason, dueOn, dueOnAge, nothingDue,
        nextDue

    // The children's calendar (Catalog+ChildVaccinations)
    case ruleInfantHexavalent, ruleInfantPneumococcal, ruleMeningococcalB, ruleMeningococcalACWY
    case ruleMeningococcalC, ruleMeaslesMumpsRubella, ruleDTCaP, ruleHPV
    case doseFirst, doseSecond, doseThird, doseBooster, doseSingle
    case dueAtAge, dueByAge, dueByDate

    // Vaccinations
    case kindPrimary, kindBooster, kindImmunization, requirementMandatory, requirementRecommended
    case against, lotNumber

    // Readings: checks, band and summary (Catalog+Measurements)
    case measureNotANumber, measureUnknownUnit, measureImpossible, measureNeedsTwo, measureDiastolicAbove
    case measureInFuture, measureAdded, judgementHigh, judgementLow, summaryLatest, summaryChange
    case summaryRange, summaryAbove, summaryAboveOne, summaryBelow, summaryBelowOne, summaryInBand
    case columnChange, columnBand, sincePrevious, readingsCount, bandWords
    case summarySingle, summarySeparator, formAddMeasurement, formTypeMissing
    case formValueMissing, valuePlaceholder, unitPlaceholder, fieldTakenAt, nowPlaceholder, badTypedMoment

    // A child's growth against the WHO references (Catalog+Growth)
    case growthSentence, growthFromWHO, growthBelow, growthAbove, growthBetween, growthSexUnknown
    case percentile3, percentile15, percentile50, percentile85, percentile97, growthCurves
    case growthShortBetween, growthShortBelow, growthShortAbove

    // Charts: ranges, keys and the cursor's readout (Catalog+Charts)
    case rangeMonth, rangeQuarter, rangeYear, rangeFiveYears, rangeAll

    case chartOneReading  // "{1}: {2}"
    case chartSeveral  // "{1}: last {2}; {3} readings, {4}"
    case chartFromTo, chartSameDay, chartDays

    // Measurements
    case measureWeight, measureHeight, measureBMI, measureHeartRate, measureWaist, measureHead
    case measureSteps, measureBloodPressure, measureSystolic, measureDiastolic, measurePain
    case measureTemperature, measureGlucose, measureSensorGlucose, measureHbA1c
    case measureOxygenSaturation, measureRespiratoryRate
    case unitBeatsPerMinute, unitSteps
    case latestOn  // "{1} on {2}"
    case latestSpoken  // "{1}, latest {2}, {3} readings"
    case noneYet
    case readingSpoken  // "{1} {2}, {3} at {4}"

    // Profile
    case sectionAllergy, sectionIllness, sectionTreatment, sectionFamilyHistory
    case sectionHospitalization, sectionDisability, sectionBloodGroup, sectionContact
    case sectionAdvanceDirective
    case roleEmergency, roleTrustedPerson, roleCarer

    // Profile pane (Catalog+Profile)
    case headingAllergies, headingIllnesses, headingTreatments, headingFamilyHistory
    case headingHospitalisations, headingDisability, headingBloodGroup, headingContacts
    case headingAdvanceDirectives
    case noAllergies, noIllnesses, noTreatments, noFamilyHistory, noHospitalisations, noDisability
    case noBloodGroup, noContacts, noAdvanceDirectives
    case profileFieldAllergy, profileFieldReaction, profileFieldIllness, profileFieldMedicine
    case profileFieldDosage, profileFieldCondition, profileFieldHospitalReason, profileFieldEstablishment
    case profileFieldAdmitted, profileFieldDischarged, profileFieldDisability, profileFieldBloodGroup
    case profileFieldContactName, profileFieldRelationship, profileFieldDirectives, profileFieldWrittenOn
    case profileFieldDetails, profileFieldStart, profileFieldEnd, profileFieldRelative
    case profileFieldContactRole, profileFieldPhone
    case relativeMother, relativeFather, relativeSister, relativeBrother, relativeDaughter, relativeSon
    case relativeGrandmother, relativeGrandfather, relativeAunt, relativeUncle, relativeCousin
    case relativeOther
    case profileNeedsText, profileNeedsChoice, profileTooLong, profileNotInSection, profileBadPhone
    case profileUnknownRelative, profileUnknownBloodGroup, profileDateInFuture, profileDateBeforeBirth
    case profileEndBeforeStart, profileBloodGroupRecorded, profileNoEntry
    case profileEntryCount, profileEntryCountOne, profileSectionSpoken, profileNothingRecorded
    case sinceDate, untilDate, profileDateRange, profileDirectiveDocument, profileDirectiveDocumentSpoken
    case firstSection, lastSection
    case profileFormAdd, profileFormChange, profileDatePlaceholder, profileEndPlaceholder
    case profilePhonePlaceholder, profileAdded, profileChanged, profileRemoved, profileConfirmRemove
    case chooseProfileEntry, profileDocumentNotEntry, profileBloodGroupEditInstead, profileTargetGone
    case profileAddedWithId, profileUnknownSection, profileUnknownRole, tableSection, tableEntry
    case tableDates, tableDetails, profileFormChangeKeys

    // Access history
    case actionRead, actionList, actionAdd, actionModify, actionMask, actionUnmask, actionDelete
    case actionAuthorize, actionBlock, actionUnblock, actionSetTreatingDoctor, actionEmergency
    case actionNotifications, actionClose, actionReopen, actionExport, actionImport
    case outcomeDone, outcomeDenied, emergencyOutcome, emergencyAccess, dayAtTime

    // Access history filters and detail, access management (Catalog+AccessManagement)
    case actorPatient, actorProfessional, actorEstablishment, actorSystem, allEvents, onlyEvents
    case newestFirst, oldestFirst, betweenDays, fromDay, untilDay, sincePrompt, untilPrompt, rangeBackwards
    case everyone, you, everyAction, filterActorTitle, filterActionTitle
    case eventTitle, fieldWhen, fieldActor, fieldActorId
    case fieldAction, fieldTarget, fieldOutcome, fieldReason, fieldEventNumber, fieldHash, fieldChain
    case noHash, chainChecking, chainHoldsUpTo, chainBrokenHere, chainBrokenBefore
    case whoMayAccessTitle, columnProfession, yourRecordIs
    case targetRecord, targetDocuments, targetGoneDocument, treatingDoctorStays, actorProfessionalShort,
        actorEstablishmentShort
    case recordOpen, recordClosed, emergencySwitchSpoken, switchIsOn, switchIsOff
    case statusAuthorized, statusBlocked, statusNoDecision, statusTreatingDoctor, professionPhysician
    case professionPharmacist, professionNurse, professionPhysiotherapist, professionMidwife
    case professionDentist, professionBiologist, establishment, chooseSomeone, alreadyAuthorized
    case alreadyBlocked, notBlocked, alreadyTreatingDoctor, confirmAuthorize, confirmBlock, confirmUnblock
    case confirmTreatingDoctor, confirmSwitchOn, confirmSwitchOff, confirmClose, confirmReopen
    case closedInBrowser

    // carnet log and carnet log verify
    case tableActor, tableAction, tableTarget, tableOutcome
    case badLogDate  // "{1} '{2}' is not a date…"
    case chainIntact  // "{1} events, chain intact"
    case chainContentChanged, chainMissingHash  // "event {1} does not match: …"
    case chainBroken  // "event {1} … written after event {2} …"
    case chainBrokenFirst

    // Keys
    case oneToFive
    case helpHeading  // "Keys of {1} — Esc closes"
    case helpHeadingSpoken  // "Keys of the {1} pane, {2} keys."
    case keysSpoken  // "Keys: {1}"

    // Dialogs and text pages (Catalog+Dialogs)
    case fieldLabel
    case confirmTitle, confirmKeys, confirmKeysSpoken, nothingChanged, changeFailed, nothingThere
    case readsCutShort  // the record kept changing while the browser read it
    case jobStillRunning  // an import or export is still running
    case itemOption, itemLine, findPrompt, notFound, badTypedDay

    // Linear mode (Catalog+Linear)
    case linearWelcome, linearPrompt, linearMainMenu, linearMainHelp, linearWhoMayAccess, linearNotifications,
        linearAtTop
    case linearUnknown, linearMore, linearEnd, linearListHelp, linearListCommands, linearOpenCommand
    case linearDocumentCommands, linearHistoryCommands, linearAccessCommands, linearMeasureCommands
    case linearNoSuchItem, linearTextMore, linearTextEnd, linearYesNo, linearWhichItem, linearAlreadyMasked
    case linearNotMasked, linearActions, linearWhichKind, linearValue, linearUnit, linearWhen
    case linearVaccinationCommands, linearProfileCommands, linearWhichSection, linearField, linearFieldHint
    case linearChoice, linearNoSuchChoice, linearNotAdded, linearWaiting, linearWaitingOne

    // The kiosk (Catalog+Kiosk)
    case errorNeedsUpdate, pinBadFormat, pinMismatch, pinNotSet, pinPrompt, pinPromptAgain, pinSet
    case kioskStatus, lockTitle, lockHowTo, lockPinLabel, lockChecking, lockTyped, lockWrong, lockWaiting
    case lockShown, kioskNeedsPin

    // Banners and the inbox (Catalog+Notifications)
    case noticeWhen, noticeSentence, nameAndRole, noticeRefusedEmergency, noticeRefused, noticeWithReason,
        noticeEmergency
    case noticeRefusedBecause, noticeRefusedEmergencyBecause, noticeEmergencyBecause
    case unknownProfessional, noticeTriedRead, noticeReadThing, noticeTriedAdd, noticeAddedThing
    case noticeTriedModify, noticeModifiedThing, noticeOther, quotedTitle, documentNumber, aNewDocument
    case theDocumentList, noNotification, inboxTitle, itemNotification, columnWhat, noticeUnread, noticeSeen
    case noticeRowSpoken, unreadCount, unreadCountOne, unreadSpoken, unreadSpokenOne, inboxHeadingSpoken
    case bannersWaiting, bannersWaitingOne, bannersMore, bannersHidden, bannersDismissed
    case markedRead, alreadyRead, markedAllRead, nothingUnread, chooseNotice, goneDocument
    case bannersMenuTitle, bannersMenuHelp, bannerOption,
        topicReads,
        topicChanges
    case bannersOnWord, bannersOffWord, bannersTurnedOn, bannersTurnedOff, tableNotice, prefsNeedPairs
    case alertsAlwaysBanner, markedReadNumber, readNeedsOne, aVaccination

    // Announcements and messages
    case cannotRead, tooSmall

    // Command line
    case recordSummary, treatingDoctorLine, peopleLine, documentsLine, profileLine, noneName
    case createdRecord, wroteDemo, demoAlreadyThere, writingStep, stepDocuments, stepGlucose
    case stepEvents, errorPrefix, yes, treatingDoctorNote
    case tableId, tableDate, tableCategory, tableMasked, tableAuthor, tableTitle, tableAt
    case tableCode, tableValue, tableUnit, tableName, tableProfession, tableStatus, tableNote
    case notADemo

    // Access policy
    case deniedClosed, deniedUnknown, deniedBlocked, deniedBlockedEstablishment, deniedNotAuthorized
    case deniedEmergency, deniedCategory, deniedNoDocument, deniedNotAuthor, refusedPrefix
    case binaryToTerminal, documentAdded, documentUpdated
    case badDay
    case consentUnknown, consentTreatingDoctor, consentNotAPhysician, consentBlockedDoctor
    case grantedDone, blockedDone, unblockedDone, doctorDone, emergencyOn, emergencyOff
    case switchSamu, switchAny, switchMasked, closedDone, reopenedDone, closeNeedsYes

    // Store errors
    case errorNoRecord, errorRecordExists, errorNotARecord, errorNewerSchema, errorNoPatient
    case errorUnknownPatient, errorCannotOpen

    // Hardening: the history's head, read-only records, bounds (Catalog+Hardening)
    case headLine, headExtends, headShorter, headRewritten, headBadCode, warningPrefix
    case historyShrunk, historyRewritten, headMemoryUnwritable, guardsMissing, guardsRestored
    case notifiedEventMissing, emptyHistory, errorReadOnlyRecord, readOnlyStatus, paneHead
    case dayInFuture, dayBeforeBirth, dayTooEarly, dayNotADay, badRPPS, badActorId
    case measureNotANumberPlain, measureNotWhole, diseasesTooMany, permissionsTightened, permissionsOpen

    // carnet doctor (Catalog+Doctor)
    case doctorLine, doctorOk, doctorWarning, doctorProblem, doctorSummaryOk, doctorSummary
    case doctorCheckVersion, doctorCheckTerminal, doctorCheckSize, doctorCheckColours, doctorCheckTheme
    case doctorCheckLocale, doctorCheckLanguage, doctorCheckScreenReader, doctorCheckRecord
    case doctorCheckPermissions, doctorCheckSchema, doctorCheckChain, doctorCheckPdf
    case doctorTermUnset, doctorTermDumb, doctorTermSetAdvice, doctorTermUnknown, doctorTermUnknownAdvice
    case doctorTermOk, doctorLinearAsked, doctorNoTerminal, doctorNoTerminalAdvice
    case doctorSizeOk, doctorSizeSmall, doctorSizeAdvice
    case doctorNoColor, doctorColors, doctorNoColors, doctorNoColorsAdvice, doctorColorsLinear
    case doctorThemeBroken, doctorThemeAdvice
    case doctorLocaleOk, doctorLocaleMissing, doctorLocaleMissingAdvice, doctorLocaleNotUTF8
    case doctorLanguageFlag, doctorLanguageLocale, doctorLanguageDefault, languageNameEnglish,
        languageNameFrench
    case doctorReaderFlag, doctorReaderEnvironment, doctorReaderOff
    case doctorRecordFound, doctorRecordMissing, doctorRecordMissingAdvice
    case doctorPrivate, doctorOpenFile, doctorOpenFileAdvice, doctorOpenFolder, doctorOpenFolderAdvice
    case doctorUnreadable, doctorUnreadableAdvice, doctorReadOnly, doctorReadOnlyAdvice
    case doctorSchemaCurrent, doctorSchemaOlder, doctorSchemaOlderAdvice, doctorSchemaNewer
    case doctorSchemaNewerAdvice, doctorNotARecordAdvice, doctorCannotOpenAdvice
    case doctorChainIntact, doctorChainBroken, doctorChainAdvice, doctorNoPatient
    case doctorPdfFound, doctorPdfMissing, doctorPdfAdvice

    case decisionAuthorized, decisionBlocked, decisionNone

    // The record's rules and the options' checks (Catalog+Rules)
    case rulePatientNameEmpty, ruleINSLength, ruleTitleEmpty, ruleNoDocument, ruleNoProfileEntry
    case ruleFileTooLarge, ruleBloodPressurePair, ruleImpossibleReading, ruleUnknownActor, ruleRPPSDigits
    case storeNoServer, storeServerHoldsRecord
    case ruleEventWrongType, ruleDemoBeingWritten, ruleTreatingDoctorNotBlocked, ruleTreatingDoctorPhysician
    case ruleAppendOnly, optionKind, optionImportNothing, optionUnknownMeasurement, optionDays
    case optionDbAndDemo, optionLimit, optionIdleTimeout, optionInitDemo, optionBirthDate

    // Theme files (Catalog+Themes)
    case themeAtLine, themeInFile, themeUnknown, themeOwnFolder, themeMissingLooks, themeExpectedPair
    case themeNothingBeforeEquals, themeNoValue, themeNotAName, themeUnknownRole, themeTwoForegrounds
    case themeTwoBackgrounds, themePlainAlone, themeBareColour, themeUnknownAttribute, themeUnknownColour
    case themeSetTwice, themeNoParent, themeInheritLoop, themeUnreadable, themeFocusMark, themeMustBeBold
    case themeMustDiffer

    // The command line's help (Catalog+Help)
    case abstractExport, discussionExport, helpExportFormat, helpExportOut, helpExportWithHistory,
        helpExportForce
    case parserOverview, parserUsageHeading, parserArguments, parserOptions, parserSubcommands
    case parserShowVersion, parserShowHelp, parserDefault, parserValues, parserSeeDetailedHelp
    case parserSeeMoreInformation, parserError, parserUsage, parserHelp, parserMissingArgument
    case parserUnknownOption, parserUnexpectedArgument, parserMissingValue, parserInvalidValue
    case parserDidYouMean
    case helpLang, abstractAccessChangeGrant, helpAccessChangeGrantId, abstractAccessChangeBlock
    case abstractAccessChangeUnblock, abstractAccessChangeSetDoctor, helpAccessChangeSetDoctorRpps
    case abstractAccessChangeEmergency, helpAccessChangeEmergencyWhich, helpAccessChangeEmergencyState
    case abstractAccessChangeClose, helpAccessChangeCloseYes, abstractAccessChangeReopen, abstractAccess
    case abstractAccessList, helpBrowserScreenReader, helpBrowserLinear, helpBrowserTheme, helpKioskKiosk
    case helpKioskIdleTimeout, abstractCarnet, discussionCarnet, abstractDemo, discussionDemo,
        helpDemoSizeSize
    case helpDemoSizeNoOpen, helpDemoSizeForce, abstractDoctor, discussionDoctor, helpDoctorJson
    case abstractDocumentChangeAdd, helpDocumentChangeAddFile, helpDocumentChangeAddCategory
    case helpDocumentChangeAddTitle, helpDocumentChangeAddDate, abstractDocumentChangeMask,
        helpDocumentChangeMaskId
    case abstractDocumentChangeUnmask, helpDocumentChangeUnmaskId, abstractDocumentChangeDelete
    case discussionDocumentChangeDelete, helpDocumentChangeDeleteYes, abstractDocuments, abstractDocumentsList
    case abstractImport, discussionImport, helpImportFiles, helpImportJson, helpImportDryRun,
        helpImportSkipInvalid
    case abstractInit, helpInitName, helpInitBirthDate, helpInitIns, abstractKiosk, abstractKioskSetPin
    case discussionKioskSetPin, abstractLog, discussionLog, abstractLogList, helpLogListSince,
        helpLogListUntil
    case helpLogListActor, abstractLogVerify, discussionLogVerify, helpLogVerifyHead, abstractLogHead
    case discussionLogHead, abstractMeasure, abstractMeasureList, discussionMeasureList, helpMeasureListCode
    case abstractMeasureAdd, discussionMeasureAdd, helpMeasureAddCode, helpMeasureAddValueAndUnit,
        helpMeasureAddAt
    case abstractMeasureSummary, helpMeasureSummaryDays, abstractNotifications, discussionNotifications
    case abstractNotificationsList, helpNotificationsListUnread, abstractNotificationsRead,
        helpNotificationsReadId
    case helpNotificationsReadAll, abstractNotificationsPrefs, discussionNotificationsPrefs
    case helpNotificationsPrefsSettings, abstractPro, discussionPro, helpProRpps, helpProEmergency,
        abstractProList
    case abstractProRead, abstractProAdd, helpProAddFile, helpProAddCategory, abstractProUpdate,
        helpProUpdateFile
    case abstractProImport, discussionProImport, abstractProVaccinate, helpProfileChangeFieldsDetail
    case helpProfileChangeFieldsStart, helpProfileChangeFieldsEnd, helpProfileChangeFieldsRelative
    case helpProfileChangeFieldsRole, helpProfileChangeFieldsPhone, abstractProfileChangeAdd
    case discussionProfileChangeAdd, helpProfileChangeAddSection, helpProfileChangeAddLabel
    case abstractProfileChangeChange, helpProfileChangeChangeId, helpProfileChangeChangeLabel
    case abstractProfileChangeRemove, helpProfileChangeRemoveId, abstractProfile, discussionProfile
    case abstractProfileList, helpProfileListSection, helpRecordDb, helpRecordDemo, helpRecordPatient
    case helpListingJson, helpListingLimit, abstractVaccinations, abstractVaccinationsList
    case helpVaccinationsListDisease, abstractVaccinationsDue, helpVaccinationsDueJson,
        abstractVaccinationsAdd
    case discussionVaccinationsAdd, helpVaccinationEntryVaccine, helpVaccinationEntryDate,
        helpVaccinationEntryLot
    case helpVaccinationEntryVaccinator, helpVaccinationEntryDiseases, helpVaccinationEntryKind
}

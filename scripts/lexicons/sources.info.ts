/** Origin, version and licence of every compiled list, for models/lexicons/PROVENANCE.md. */
export interface SourceInfo {
  title: string;
  origin: string;
  licence: string;
  attribution?: string;
}

export const sourceInfo: Record<string, SourceInfo> = {
  icd10gm: {
    title: 'ICD-10-GM 2017, Systematisches Verzeichnis (BfArM/DIMDI), code titles',
    origin:
      'github edonnachie/ICD10gm @ 155fea9ef654c6f9f6b515f60d609c06af27b26e, data-raw/dimdi/systematik/x1gmt2017.zip',
    licence:
      'DIMDI download terms: derived products may be distributed with the notice in NOTICE-ICD-10-GM.txt; the raw files are not shipped',
    attribution:
      'Die Erstellung erfolgt unter Verwendung der maschinenlesbaren Fassung des Deutschen Instituts für Medizinische Dokumentation und Information (DIMDI).',
  },
  cim10: {
    title: 'CIM-10 FR à usage PMSI 2019 (ATIH), full labels',
    origin: 'github 24p11/recode-icd @ ccde72f141fd1299504f0da809972ce3a8bfd284, data/cim_10_atih_2019.tsv',
    licence:
      'not stated by the source; ATIH publishes the nomenclature freely, ICD-10 text © WHO — legal review before shipping',
  },
  cie10: {
    title: 'CIE-10 Spanish titles (WHO/PAHO ICD-10, via icdcode.info and Chile DEIS)',
    origin: 'github verasativa/CIE-10 @ 8e22d45e932badbc344f81e18e677a655ab3bc3a, cie-10.csv',
    licence: 'not stated by the source; ICD-10 text © WHO (PAHO translation) — legal review before shipping',
  },
  icd10: {
    title: 'ICD-10 Norwegian titles (Helsedirektoratet)',
    origin: 'npm @navikt/diagnosekoder@1.2026.0, lib/ICD10.json',
    licence: 'package MIT (NAV); public Norwegian code list, ICD-10 © WHO',
  },
  icpc2: {
    title: 'ICPC-2 Norwegian symptom and diagnosis titles (Helsedirektoratet)',
    origin: 'npm @navikt/diagnosekoder@1.2026.0, lib/ICPC2.json',
    licence: 'package MIT (NAV); public Norwegian code list, ICPC-2 © WONCA',
  },
  ksh97p: {
    title: 'KSH97-P Swedish primary-care classification with its search synonyms (Socialstyrelsen)',
    origin:
      'github sklintyg/statistik @ 0a59996371cd39baaf9e94402a24d6efe811bbd8, KSH97P_KOD.ANS, KSH97P_SFAMALT.ANS',
    licence:
      'not stated with the files; published classification of Socialstyrelsen — legal review before shipping',
  },
  'disease-ontology': {
    title: 'Human Disease Ontology labels',
    origin:
      'github DiseaseOntology/HumanDiseaseOntology @ 9fbefd6651b79526165453395d06c8fd4bfe4247, DOreports/HumanDO.tsv',
    licence: 'CC0 1.0',
  },
  'symptom-ontology': {
    title: 'Symptom Ontology names and exact synonyms, and DO disease–symptom labels',
    origin:
      'github DiseaseOntology/SymptomOntology @ 7a295d9856d8ce1af613e5b53b6af84940260605, src/ontology/symp.obo; HumanDiseaseOntology DOreports/requested/disease-symptom.tsv',
    licence: 'CC0 1.0',
  },
  drugbank: {
    title: 'DrugBank open vocabulary: drug names and synonyms (INN spellings in several languages)',
    origin:
      'github yousefMohamed2002/MyDrugsListApi @ 1e9060f23b1e846827145faa3cd41b19862aa848, drugbank vocabulary.csv',
    licence: 'CC0 1.0 (DrugBank Open Data vocabulary)',
  },
  'ema-epar': {
    title:
      'EMA list of centrally authorised human medicines (EPAR): brand names and INNs, same in every EU country',
    origin:
      'github jhfl2/JD-Pay-comparison @ aea566d57b2d104496c8b4db9b5b6698c0af6a7f, Medicines_output_european_public_assessment_reports.xlsx (EMA export 12/03/2023)',
    licence: 'EMA website content, reproduction with acknowledgement',
    attribution: 'Source: European Medicines Agency (EMA), European public assessment reports.',
  },
  'bdpm-brands': {
    title: 'Base de données publique des médicaments: marketed brand names (strength and form removed)',
    origin:
      'github stockfoule-lang/medicapp-backend-v2 @ 38465b8b85eeaafa52019b2e5fe1a4e2e73aa5e8, data/CIS_bdpm.txt',
    licence: 'Licence Ouverte / Open Licence (Etalab)',
    attribution: 'Base de données publique des médicaments (ANSM, HAS, UNCAM).',
  },
  'bdpm-brands-eu': {
    title:
      'Base de données publique des médicaments: single-word brand names of six letters or more, checked in every language (names and English words left out)',
    origin:
      'github stockfoule-lang/medicapp-backend-v2 @ 38465b8b85eeaafa52019b2e5fe1a4e2e73aa5e8, data/CIS_bdpm.txt',
    licence: 'Licence Ouverte / Open Licence (Etalab)',
    attribution: 'Base de données publique des médicaments (ANSM, HAS, UNCAM).',
  },
  'bdpm-substances': {
    title: 'Base de données publique des médicaments: substance names (salt prefixes removed)',
    origin:
      'github stockfoule-lang/medicapp-backend-v2 @ 38465b8b85eeaafa52019b2e5fe1a4e2e73aa5e8, data/CIS_COMPO_bdpm.txt',
    licence: 'Licence Ouverte / Open Licence (Etalab)',
    attribution: 'Base de données publique des médicaments (ANSM, HAS, UNCAM).',
  },
  partyfacts: {
    title: 'Party Facts core parties active since 2010 (native names; acronyms case-sensitive)',
    origin:
      'github hdigital/partyfactsdata @ 764de8978f84ba41a1c88752d6a00b9a4d05f599, import/elecglob/partyfacts-core-parties.csv',
    licence: 'MIT',
    attribution: 'Copyright (c) 2022 Party Facts authors (MIT licence).',
  },
  'i18n-nationality': {
    title: 'Nationality adjectives (need a self-reference lead)',
    origin: 'npm i18n-nationality@1.4.0, langs/*.json',
    licence: 'MIT',
  },
  hl7: {
    title: 'HL7 v3 ReligiousAffiliation, Race and Ethnicity display names (English seed lists)',
    origin:
      'github HL7/UTG @ a19c263616d7b759fe91ceaa0faf4c5b5a5b614b, v3-ReligiousAffiliation.xml, v3-Race.xml, v3-Ethnicity.xml',
    licence: 'CC0 (HL7 Terminology)',
  },
};

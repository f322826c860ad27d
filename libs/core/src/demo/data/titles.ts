// Professional titles (职称) by employer family, primary field and level.
import type { Field, TitleLevel } from '@app/domain';
import type { TitleFamily } from './employers.js';

export type TitleTable = Record<TitleLevel, string[]>;

const ENGINEER: TitleTable = {
  SENIOR: ['正高级工程师'],
  ASSOCIATE: ['高级工程师'],
  INTERMEDIATE: ['工程师'],
};
const RESEARCHER: TitleTable = { SENIOR: ['研究员'], ASSOCIATE: ['副研究员'], INTERMEDIATE: ['助理研究员'] };

/** Concrete title for an expert, consistent with where they work and their primary field. */
export function titleTable(family: TitleFamily, field: Field): TitleTable {
  switch (family) {
    case 'hospital':
      return field === 'BIOMEDICINE'
        ? { SENIOR: ['主任药师'], ASSOCIATE: ['副主任药师'], INTERMEDIATE: ['主管药师'] }
        : { SENIOR: ['主任医师'], ASSOCIATE: ['副主任医师'], INTERMEDIATE: ['主治医师'] };
    case 'tcmHospital':
      return field === 'BIOMEDICINE'
        ? { SENIOR: ['主任中药师'], ASSOCIATE: ['副主任中药师'], INTERMEDIATE: ['主管中药师'] }
        : {
            SENIOR: ['主任中医师', '主任医师'],
            ASSOCIATE: ['副主任中医师', '副主任医师'],
            INTERMEDIATE: ['主治中医师'],
          };
    case 'university':
      return {
        SENIOR: ['教授', '教授', '教授', '研究员'],
        ASSOCIATE: ['副教授', '副教授', '副教授', '副研究员'],
        INTERMEDIATE: ['讲师'],
      };
    case 'institute':
      switch (field) {
        case 'AGRICULTURE':
          return {
            SENIOR: ['研究员', '研究员', '正高级农艺师'],
            ASSOCIATE: ['副研究员', '副研究员', '高级农艺师'],
            INTERMEDIATE: ['农艺师'],
          };
        case 'ANIMAL_HUSBANDRY':
          return {
            SENIOR: ['研究员', '正高级畜牧师', '正高级兽医师'],
            ASSOCIATE: ['副研究员', '高级畜牧师', '高级兽医师'],
            INTERMEDIATE: ['兽医师'],
          };
        case 'FISHERY':
        case 'ENVIRONMENT':
        case 'ENERGY':
        case 'FORESTRY':
          return {
            SENIOR: ['研究员', '正高级工程师'],
            ASSOCIATE: ['副研究员', '高级工程师'],
            INTERMEDIATE: ['工程师'],
          };
        default:
          return RESEARCHER;
      }
    case 'agriExtension':
      return { SENIOR: ['正高级农艺师'], ASSOCIATE: ['高级农艺师'], INTERMEDIATE: ['农艺师'] };
    case 'veterinary':
      return {
        SENIOR: ['正高级兽医师', '正高级畜牧师'],
        ASSOCIATE: ['高级兽医师', '高级兽医师', '高级畜牧师'],
        INTERMEDIATE: ['兽医师'],
      };
    case 'enterprise':
      return ENGINEER;
    case 'school':
      return { SENIOR: ['正高级教师'], ASSOCIATE: ['高级教师'], INTERMEDIATE: ['一级教师'] };
    case 'association':
      return { SENIOR: ['正高级经济师'], ASSOCIATE: ['高级经济师'], INTERMEDIATE: ['经济师'] };
  }
}

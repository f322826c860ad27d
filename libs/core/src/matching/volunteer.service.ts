import { Injectable } from '@nestjs/common';

/** 揭榜: experts volunteering for open demands. Being written. */
@Injectable()
export class VolunteerService {}

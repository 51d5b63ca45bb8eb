import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Role } from '@eh/domain';
import { AgencyModel } from './models/identity.models';

@ObjectType('ManagedUser')
export class ManagedUserModel {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
  @Field() jobTitle!: string;
  @Field(() => Role) role!: Role;
  @Field(() => AgencyModel) agency!: AgencyModel;
  @Field() active!: boolean;
  @Field(() => Int) version!: number;
  @Field({
    description:
      'Whether they manage their agency’s cases (designated safeguarding lead or team manager): they change leads and decide transfers',
  })
  agencyManager!: boolean;
  @Field(() => Int, { description: 'Open cases this person leads: they must be reallocated before a move or removal' })
  openCasesLed!: number;
}

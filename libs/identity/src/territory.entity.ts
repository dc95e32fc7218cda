import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A territory implementing Logement d'abord, usually an EPCI such as Grand Chambéry. */
@Entity()
export class Territory {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Short stable code, e.g. `grand-chambery`. */
  @Column({ type: 'text', unique: true })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
